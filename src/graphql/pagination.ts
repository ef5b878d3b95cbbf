import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { InheritsCacheAge } from './cache-control';
import { UserInputError } from '../core/errors';

/** The cap on `first` and `last`, shared by every list. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  after?: string;
}

/** Relay paging both ways: `first`/`after` forwards, `last`/`before` backwards, over the same keyset cursors. */
@ArgsType()
export class BidirectionalPageArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size counted back from the end, or from \`before\`: 1 to ${MAX_PAGE_SIZE}. Not with \`first\`.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the next page: the page ends before it.' })
  @IsOptional()
  before?: string;
}

/** The paging arguments of any connection (forward-only ones have no `last` or `before`). */
export interface PageWindow {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What to fetch: `size + 1` rows from the start of the window, or from its end when `backwards`. */
export interface PagePlan {
  size: number;
  backwards: boolean;
  after: KeysetCursor | null;
  before: KeysetCursor | null;
}

export function pagePlan(window: PageWindow): PagePlan {
  if (window.first != null && window.last != null) {
    throw UserInputError.forField('last', 'cannot be combined with first: page forwards with first and after, backwards with last and before');
  }
  return {
    size: window.last ?? window.first ?? DEFAULT_PAGE_SIZE,
    backwards: window.last != null,
    after: window.after != null ? decodeCursor(window.after, 'after') : null,
    before: window.before != null ? decodeCursor(window.before, 'before') : null,
  };
}

@ObjectType({ simpleResolvers: true })
@InheritsCacheAge()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A page of nodes plus a lazily computed total (counted only when a client asks for it). */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  countTotal(): Promise<number>;
}

export function ConnectionType<T extends object>(nodeClass: ClassType<T>, nodeName: string) {
  @ObjectType(`${nodeName}Edge`, { simpleResolvers: true })
  // As cacheable as the connection (whose root field decides: editorial lists have no hint, so 0).
  @InheritsCacheAge()
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeClass)
    node!: T;
  }

  @ObjectType({ simpleResolvers: true, description: `A page of ${nodeName} entries.` })
  abstract class Connection {
    // The connection's `first` already multiplies what is below it (src/limits/query-cost.ts).
    @Field(() => [Edge], { complexity: ({ childComplexity }) => 1 + childComplexity })
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Entries matching the filter across all pages.', complexity: 1 })
    totalCount(): Promise<number> {
      return (this as unknown as Page<T>).countTotal();
    }
  }
  return Connection;
}

/** Keyset position: the sort value and id of the last row of the previous page. */
export type KeysetCursor = [sortValue: string | number, id: string];

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(value: string, argument = 'after'): KeysetCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      (typeof decoded[0] === 'string' || typeof decoded[0] === 'number') &&
      typeof decoded[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(decoded[1])
    ) {
      return decoded as KeysetCursor;
    }
  } catch {
    // fall through to the user-facing error
  }
  throw UserInputError.forField(argument, 'is not a cursor returned by this API');
}

/** An edge whose cursor is encoded when read: a storefront page rarely asks for it. */
class PageEdge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (row: T) => KeysetCursor,
  ) {}

  get cursor(): string {
    return encodeCursor(this.cursorOf(this.node));
  }
}

/**
 * Turns the `size + 1` rows fetched for `plan` (in reverse order when paging backwards) into a page.
 * The extra row tells whether more follow in the paging direction; the other way, a cursor given
 * means the rows it came from lie there.
 */
export function toPage<T>(rows: T[], plan: PagePlan, cursorOf: (row: T) => KeysetCursor, countTotal: () => Promise<number>): Page<T> {
  const more = rows.length > plan.size;
  const pageRows = rows.slice(0, plan.size);
  if (plan.backwards) pageRows.reverse();
  const edges = pageRows.map((node) => new PageEdge(node, cursorOf));
  return {
    edges,
    pageInfo: {
      hasNextPage: plan.backwards ? plan.before != null : more || plan.before != null,
      hasPreviousPage: plan.backwards ? more || plan.after != null : plan.after != null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
    countTotal,
  };
}

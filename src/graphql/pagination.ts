import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { InheritsCacheAge } from './cache-control';
import { UserInputError } from '../core/errors';

/** The cap on `first`, shared by every list. */
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

/** Turns `first + 1` fetched rows into a page. */
export function toPage<T>(
  rows: T[],
  first: number,
  after: string | null | undefined,
  cursorOf: (row: T) => KeysetCursor,
  countTotal: () => Promise<number>,
): Page<T> {
  const edges = rows.slice(0, first).map((node) => new PageEdge(node, cursorOf));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after != null,
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

// What a query asks for below the current field, so a list can fetch the relations its items will
// need, and only their requested columns, in its own statement (see Prefetch in src/db/row-reader).
// Fragments are followed and aliases merged; @skip / @include are ignored, so a skipped field is at
// worst fetched for nothing.
import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { Prefetch, RowSelection } from '../db/row-reader';

export class Selection {
  private fields?: Map<string, SelectionSetNode[]>;

  private constructor(
    private readonly info: GraphQLResolveInfo,
    private readonly sets: readonly SelectionSetNode[],
  ) {}

  /** What is selected on the object the current field returns. */
  static ofField(info: GraphQLResolveInfo): Selection {
    return new Selection(info, info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])));
  }

  /** What is selected on the items of the connection the current field returns (`edges.node`). */
  static ofNodes(info: GraphQLResolveInfo): Selection {
    return Selection.ofField(info).below('edges').below('node');
  }

  /** Names of the selected fields. */
  get names(): ReadonlySet<string> {
    return new Set(this.collect().keys());
  }

  /** What is selected below the field `name` (every occurrence, whatever its alias). */
  below(name: string): Selection {
    return new Selection(this.info, this.collect().get(name) ?? []);
  }

  private collect(): Map<string, SelectionSetNode[]> {
    if (this.fields) return this.fields;
    const fields = new Map<string, SelectionSetNode[]>();
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (!fields.has(name)) fields.set(name, []);
          if (selection.selectionSet) fields.get(name)!.push(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet);
        } else {
          const fragment = this.info.fragments[selection.name.value];
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    this.sets.forEach(visit);
    this.fields = fields;
    return fields;
  }
}

/**
 * The row selection for an entity `selection` asks for: the columns of its selected fields (plus
 * `alwaysRead`, what field resolvers read that the query may not show), and the prefetches of the
 * relation fields it selects, each given what is selected below it.
 */
export function rowSelectionFor(
  selection: Selection,
  relations: Record<string, (below: Selection) => Prefetch>,
  alwaysRead: readonly string[] = [],
): RowSelection {
  const names = selection.names;
  return {
    columns: new Set([...names, ...alwaysRead]),
    prefetch: Object.entries(relations).flatMap(([field, prefetch]) => (names.has(field) ? [{ field, ...prefetch(selection.below(field)) }] : [])),
  };
}

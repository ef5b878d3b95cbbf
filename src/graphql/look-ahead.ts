// What a query asks for below the current field, so a list can fetch the relations its items will
// need, and only their requested columns, in its own statement (see Prefetch in src/db/row-reader).
// Fragments are followed (each once per level: a fragment spread many times must not make the walk
// exponential) and aliases merged; fields and fragments left out by @skip / @include are left out.
import {
  FieldNode,
  FragmentSpreadNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLResolveInfo,
  GraphQLSkipDirective,
  InlineFragmentNode,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { Prefetch, RowSelection } from '../db/row-reader';

export class Selection {
  private fields?: Map<string, SelectionSetNode[]>;

  private readonly sets: readonly SelectionSetNode[];

  private constructor(
    private readonly info: GraphQLResolveInfo,
    sets: readonly SelectionSetNode[],
  ) {
    this.sets = [...new Set(sets)];
  }

  /** What is selected on the object the current field returns. */
  static ofField(info: GraphQLResolveInfo): Selection {
    return new Selection(
      info,
      info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])),
    );
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
    const visitedFragments = new Set<string>();
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (!fields.has(name)) fields.set(name, []);
          if (selection.selectionSet) fields.get(name)!.push(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet);
        } else if (!visitedFragments.has(selection.name.value)) {
          visitedFragments.add(selection.name.value);
          const fragment = this.info.fragments[selection.name.value];
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    this.sets.forEach(visit);
    this.fields = fields;
    return fields;
  }

  /** False when @skip(if: true) or @include(if: false) leaves the selection out, as execution does. */
  private included(node: FieldNode | FragmentSpreadNode | InlineFragmentNode): boolean {
    if (!node.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, node, this.info.variableValues)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, this.info.variableValues)?.if !== false;
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

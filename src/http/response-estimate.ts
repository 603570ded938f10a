// The response budget before a query runs: the size of the answer estimated from the operation alone
// (each field's typical size from FIELD_BYTES, times the page sizes and list lengths above it, for every
// alias). A query whose estimate exceeds the budget is refused before anything is fetched: twenty
// aliases of `articles(first: 100) { edges { node { text } } }` would otherwise fetch every text twenty
// times before the count of what fields return (src/schema/response-budget.ts) could stop them.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { getArgumentValues } from "graphql/execution/values.js";
import { DEFAULT_PAGE_SIZE } from "../schema/connections.ts";
import { FIELD_BYTES, LIST_GUESS, SCALAR_GUESS, STRING_GUESS } from "../schema/response-budget.ts";

/** Lists whose length the field above them already counted (a connection's `first`, neighborhood's `limit`). */
const PAGED_LISTS = new Set(["edges", "nodes"]);
const PAGE_ARGS = ["first", "last", "limit"] as const;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Fragment spreads followed so far; a cycle is invalid anyway, this only keeps the walk finite. */
  depth: number;
}

function argsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, walk.variables) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** How many items a list field returns, as far as the query says. */
function listFactor(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  pagedAbove: boolean,
): number {
  if (Array.isArray(args.ids)) return args.ids.length;
  if (pagedAbove && PAGED_LISTS.has(field.name)) return 1;
  return LIST_GUESS;
}

function fieldSize(parent: GraphQLObjectType, node: FieldNode, walk: Walk, pagedAbove: boolean): number {
  const name = node.name.value;
  if (name === "__typename") return SCALAR_GUESS;
  const field = parent.getFields()[name];
  if (!field) return SCALAR_GUESS;
  const args = argsOf(field, node, walk);
  const page = PAGE_ARGS.map((a) => args[a]).find((v): v is number => typeof v === "number");
  const hasPageArg = PAGE_ARGS.some((a) => field.args.some((d) => d.name === a));
  let factor = hasPageArg ? (page ?? DEFAULT_PAGE_SIZE) : 1;
  if (isListType(getNullableType(field.type))) factor *= hasPageArg ? 1 : listFactor(field, args, pagedAbove);
  const named = getNamedType(field.type);
  if (!node.selectionSet) {
    const known = FIELD_BYTES[`${parent.name}.${name}`];
    const each =
      typeof known === "function"
        ? known(args)
        : (known ?? (named.name === "String" ? STRING_GUESS : SCALAR_GUESS));
    return factor * each;
  }
  const types = isAbstractType(named)
    ? walk.schema.getPossibleTypes(named)
    : isObjectType(named)
      ? [named]
      : [];
  // An abstract type's selections are estimated for its largest member.
  const inner = Math.max(0, ...types.map((t) => selectionSize(t, node.selectionSet!, walk, hasPageArg)));
  return factor * (SCALAR_GUESS + inner);
}

function selectionSize(
  parent: GraphQLObjectType,
  set: SelectionSetNode,
  walk: Walk,
  pagedAbove: boolean,
): number {
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      total += fieldSize(parent, sel, walk, pagedAbove);
      continue;
    }
    const fragment =
      sel.kind === Kind.INLINE_FRAGMENT
        ? sel
        : walk.depth < 50
          ? walk.fragments.get(sel.name.value)
          : undefined;
    if (!fragment) continue;
    const on = fragment.typeCondition?.name.value;
    if (on && on !== parent.name && !parent.getInterfaces().some((i) => i.name === on)) {
      const abstract = walk.schema.getType(on);
      if (!abstract || !isAbstractType(abstract) || !walk.schema.isSubType(abstract, parent)) continue;
    }
    walk.depth++;
    total += selectionSize(parent, fragment.selectionSet, walk, pagedAbove);
    walk.depth--;
  }
  return total;
}

/** The estimated size of the operation's answer in characters. */
export function estimateResponse(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const root =
    operation?.operation === "mutation"
      ? schema.getMutationType()
      : operation?.operation === "query"
        ? schema.getQueryType()
        : null;
  if (!operation || !root) return 0;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return selectionSize(
    root,
    operation.selectionSet,
    { schema, fragments, variables: variables ?? {}, depth: 0 },
    false,
  );
}

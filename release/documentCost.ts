import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../data/page';
import { limits } from '../domain/limits';
import { MAX_FACETS, MAX_FACET_VALUES } from '../domain/search/searchFacets';
import { RENDITION_WIDTHS, mediaLimits } from '../domain/media/mediaLimits';

/** Every argument with this name is a page size (Relay `first`), as the API reads it (server/resolvePageSizes.ts). */
const PAGE_SIZE_ARGUMENT = 'first';

/**
 * How many items a list field without a page size can hold at most, where a rule bounds it; other
 * such lists count as a largest page.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Order.items': limits.maxOrderLines,
  'ProductSearchConnection.facets': MAX_FACETS,
  'SearchFacet.values': MAX_FACET_VALUES,
  'Product.media': mediaLimits.maxPerProduct,
  'ProductMedia.renditions': RENDITION_WIDTHS.length,
  'Product.options': limits.maxOptions,
  'Product.variants': limits.maxVariants,
  'ProductVariant.selectedOptions': limits.maxOptions,
  'OrderItem.selectedOptions': limits.maxOptions,
  // the cart's bounds, as schema/cart.graphql states them
  'Cart.lines': limits.maxOrderLines,
  'Cart.discountCodes': 5,
  'CartLine.problems': 3,
  'Customer.addresses': 10,
};

export interface CostModel {
  /** The largest page a connection may be asked for (`first` given by a variable counts as this). */
  readonly maxPageSize: number;
  /** Bounds of list fields without a page size, by `Type.field`. */
  readonly listBounds: Readonly<Record<string, number>>;
}

export const DEFAULT_COST_MODEL: CostModel = { maxPageSize: MAX_PAGE_SIZE, listBounds: LIST_BOUNDS };

/**
 * The worst-case cost of a document's operations, in Shopify's model: a scalar or enum field
 * costs 0, an object 1 plus what it selects, and a list that many times its item: the `edges` of a
 * connection as many as the connection's page size (`first` as written; the largest page when it
 * is a variable; the argument's default when it is left out), any other list its bound
 * (LIST_BOUNDS, which wins over the page size for a list beside `edges`) or a largest page. Fragments count where they are spread; the branches of an
 * abstract type all count. An upper bound of the objects an answer can hold, not a price.
 *
 * @example
 * documentCost(schema, 'query { me { orders(first: 20) { edges { node { id } } } } }'); // 1 + 1 + 20 × (1 + 1) = 42
 */
export function documentCost(schema: GraphQLSchema, document: string | DocumentNode, model: CostModel = DEFAULT_COST_MODEL): number {
  const parsed = typeof document === 'string' ? parse(document) : document;
  const fragments = new Map(
    parsed.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
  );
  let total = 0;
  for (const definition of parsed.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = schema.getRootType(definition.operation);
    if (root) total += selectionCost({ schema, model, fragments }, definition.selectionSet, root, undefined);
  }
  return total;
}

interface Scope {
  readonly schema: GraphQLSchema;
  readonly model: CostModel;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

/** What a selection set costs on `parent`; `pageSize` is the page of the connection it belongs to, for its list fields. */
function selectionCost(scope: Scope, selectionSet: SelectionSetNode, parent: GraphQLCompositeType, pageSize: number | undefined): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(scope, selection, parent, pageSize);
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? scope.fragments.get(selection.name.value) : selection;
    if (!fragment) continue;
    const typeName = fragment.typeCondition?.name.value;
    const type = typeName ? scope.schema.getType(typeName) : parent;
    if (type && isCompositeType(type)) total += selectionCost(scope, fragment.selectionSet, type, pageSize);
  }
  return total;
}

function fieldCost(scope: Scope, node: FieldNode, parent: GraphQLCompositeType, pageSize: number | undefined): number {
  const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
  const type = field && getNamedType(field.type);
  if (!field || !type || !isCompositeType(type) || !node.selectionSet) return 0;
  const ownPage = pageSizeOf(scope.model, field, node);
  const list = isListType(getNullableType(field.type));
  // a connection's page size is its edges'; a list with a `first` of its own is itself the page
  const item = 1 + selectionCost(scope, node.selectionSet, type, list ? undefined : ownPage);
  if (!list) return item;
  // a bounded list beside a connection's edges (search facets) holds its bound, not a page
  const bound = ownPage ?? scope.model.listBounds[`${parent.name}.${field.name}`] ?? pageSize ?? scope.model.maxPageSize;
  return bound * item;
}

/** The page size a connection field is asked for in the worst case; undefined for a field without one. */
function pageSizeOf(model: CostModel, field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
  const argument = field.args.find((candidate) => candidate.name === PAGE_SIZE_ARGUMENT);
  if (!argument) return undefined;
  const given = node.arguments?.find((candidate) => candidate.name.value === PAGE_SIZE_ARGUMENT)?.value;
  if (given?.kind === Kind.INT) return Number(given.value);
  // an explicit null means the default, as everywhere in the schema
  if ((!given || given.kind === Kind.NULL) && typeof argument.defaultValue === 'number') return argument.defaultValue;
  return model.maxPageSize;
}

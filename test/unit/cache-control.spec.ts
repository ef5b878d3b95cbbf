// Cache hints: every public storefront query is cacheable for its whole depth, anything else is
// not, and the policy follows Apollo's rules (computed from the document, once).
import {
  getNamedType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  OperationDefinitionNode,
  parse,
} from 'graphql';
import { PARTNER_QUERY_SCOPES, PartnerScope } from '../../src/core/partner-scopes';
import { operationCachePolicy, STOREFRONT_MAX_AGE_SECONDS } from '../../src/graphql/cache-control';
import { buildAppSchema } from '../../src/graphql/schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

/** A selection of every field below `type`, to `depth` levels, through every member of unions and interfaces. */
function everything(type: GraphQLCompositeType, depth: number): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
    return `__typename ${members.map((member) => `... on ${member.name} { ${everything(member, depth)} }`).join(' ')}`;
  }
  const fields = Object.values(type.getFields()).map((field) => {
    const target = getNamedType(field.type);
    if (!isCompositeType(target)) return field.name;
    return depth > 0 ? `${field.name} { ${everything(target, depth - 1)} }` : null;
  });
  return ['__typename', ...fields.filter((f) => f !== null)].join(' ');
}

/** A document calling root field `name` with placeholder required arguments, selecting everything below it. */
function documentFor(field: GraphQLField<unknown, unknown>, depth = 4): { query: string; variables: string } {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const variables = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const target = getNamedType(field.type);
  const selection = isCompositeType(target) ? `{ ${everything(target, depth)} }` : '';
  return { query: `query${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`, variables };
}

function policyOf(query: string) {
  const document = parse(query);
  return operationCachePolicy(schema, document, document.definitions[0] as OperationDefinitionNode);
}

const queryFields = () => schema.getQueryType()!.getFields();

describe('cache hints', () => {
  const storefront = Object.entries(PARTNER_QUERY_SCOPES)
    .filter(([, scope]) => scope === PartnerScope.CATALOG_READ)
    .map(([name]) => name);

  it('lists the storefront fields it checks', () => {
    expect(storefront).toEqual(expect.arrayContaining(['products', 'product', 'articles', 'search', 'topicals', 'compatibilityRules']));
  });

  it.each(Object.entries(PARTNER_QUERY_SCOPES).filter(([, scope]) => scope === PartnerScope.CATALOG_READ))(
    'makes %s, with everything below it, publicly cacheable for the storefront age',
    (name) => {
      const { query } = documentFor(queryFields()[name]);
      expect(policyOf(query)).toEqual({ maxAge: STOREFRONT_MAX_AGE_SECONDS, scope: 'PUBLIC' });
    },
  );

  it('leaves every other query field uncacheable (regimens, editorial and admin reads)', () => {
    const others = Object.values(queryFields()).filter((field) => !storefront.includes(field.name));
    expect(others.map((field) => field.name)).toEqual(
      expect.arrayContaining(['recommendRegimen', 'checkRoutine', 'me', 'editorialEntry', 'auditLog']),
    );
    for (const field of others)
      expect({ field: field.name, ...policyOf(documentFor(field, 1).query) }).toMatchObject({ field: field.name, maxAge: 0 });
  });

  it('takes the lowest age of the fields selected, and never caches mutations, introspection or a bare __typename', () => {
    expect(policyOf(`{ topicals { slug } recommendRegimen(input: $i) { eligibility } }`).maxAge).toBe(0);
    expect(policyOf(`mutation { logout(refreshToken: "x") }`).maxAge).toBe(0);
    expect(policyOf(`{ topicals { slug } __schema { queryType { name } } }`).maxAge).toBe(0);
    expect(policyOf(`{ __typename }`).maxAge).toBeUndefined();
    // Through named fragments and inline fragments too.
    expect(policyOf(`query { ...F } fragment F on Query { products { edges { node { ... on Product { brand { slug } } } } } }`)).toEqual({
      maxAge: STOREFRONT_MAX_AGE_SECONDS,
      scope: 'PUBLIC',
    });
    expect(policyOf(`query { ...F } fragment F on Query { me { id } }`).maxAge).toBe(0);
  });

  it('computes a document’s policy once', () => {
    const document = parse(`{ topicals { slug } }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(operationCachePolicy(schema, document, operation)).toBe(operationCachePolicy(schema, document, operation));
    expect(isObjectType(schema.getQueryType())).toBe(true);
  });
});

import { GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql wraps every data field in a resolver that runs its middleware chain, even an empty
 * one; graphql's default resolver reads the same property for far less. Fields without @Authorized,
 * middlewares, a resolver method or a renamed property get the default resolver back: type-graphql's
 * `simpleResolvers` wherever it changes nothing. For schemas built without globalMiddlewares.
 */
export function useDefaultResolversForPlainFields(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const chain = (target: Function): Function[] => {
    const parent = Object.getPrototypeOf(target) as Function;
    return parent && parent !== Function.prototype ? [target, ...chain(parent)] : [target];
  };
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const classes = chain(objectType.target);
    const fields = storage.objectTypes.filter((t) => classes.includes(t.target)).flatMap((t) => t.fields ?? []);
    const resolved = new Set(
      storage.fieldResolvers.filter((r) => classes.includes(r.getObjectType?.() as Function)).map((r) => r.methodName),
    );
    const graphqlFields = type.getFields();
    for (const field of fields) {
      const graphqlField = graphqlFields[field.schemaName];
      // The default resolver reads the property named like the field.
      if (!graphqlField || field.name !== field.schemaName || resolved.has(field.name) || field.roles !== undefined || (field.middlewares?.length ?? 0) > 0) continue;
      graphqlField.resolve = undefined;
    }
  }
  return schema;
}

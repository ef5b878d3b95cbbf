import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
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

/**
 * type-graphql calls a @FieldResolver method through its handler: a lookup of the resolver instance
 * in its container (a linear search), a middleware chain, and a sort and map of the parameters, on
 * every call (a catalog page makes over 300). A resolver method whose parameters are only @Root(),
 * @Ctx() and @Info(), with no @Authorized and no middlewares, is called directly instead: there is
 * nothing to validate, and a root that is already an instance of its parameter's class is passed
 * as it is, as type-graphql would (any other root still goes through type-graphql's handler, which
 * converts it). For schemas built without globalMiddlewares or a custom container, from stateless
 * resolver classes.
 */
export function callPlainFieldResolversDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, (...params: unknown[]) => unknown>>();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.roles !== undefined || (resolver.middlewares?.length ?? 0) > 0) continue;
    const typeName = storage.objectTypes.find((t) => t.target === resolver.getObjectType?.())?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    const handler = field?.resolve;
    if (!field || !handler) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const plain = params.every((p) => (p.kind === 'root' || p.kind === 'context') && !p.propertyName || p.kind === 'info');
    if (!plain || params.length > 3 || params.some((p, position) => p.index !== position)) continue;
    const rootType = params.find((p) => p.kind === 'root')?.getType?.();
    const rootClass = typeof rootType === 'function' ? rootType : null;
    if (!instances.has(resolver.target)) instances.set(resolver.target, new (resolver.target as new () => Record<string, (...params: unknown[]) => unknown>)());
    const instance = instances.get(resolver.target)!;
    const method = instance[resolver.methodName];
    // Up to three positional parameters; extra arguments beyond a method's own are ignored by it.
    const [first, second, third] = params.map((p) => p.kind);
    const value = (kind: string | undefined, root: unknown, context: unknown, info: unknown) =>
      kind === 'root' ? root : kind === 'context' ? context : kind === 'info' ? info : undefined;
    const resolve: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) =>
      rootClass && root != null && !(root instanceof rootClass)
        ? handler(root, args, context, info)
        : method.call(instance, value(first, root, context, info), value(second, root, context, info), value(third, root, context, info));
    field.resolve = resolve;
  }
  return schema;
}

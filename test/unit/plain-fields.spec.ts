import { graphql, GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, buildSchema, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { callPlainFieldResolversDirectly, useDefaultResolversForPlainFields } from '../../src/graphql/plain-fields';

@ObjectType()
class PlainFieldsSample {
  @Field()
  plain!: string;

  @Field({ name: 'renamed' })
  property!: string;

  @Authorized()
  @Field({ nullable: true })
  guarded!: string;

  @Field()
  computed!: string;
}

@Resolver(() => PlainFieldsSample)
class PlainFieldsSampleResolver {
  @Query(() => PlainFieldsSample)
  plainFieldsSample(): PlainFieldsSample {
    return { plain: 'p', property: 'r', guarded: 'g', computed: 'ignored' };
  }

  @FieldResolver(() => String)
  computed(@Root() sample: PlainFieldsSample): string {
    return `${sample.plain}!`;
  }
}

describe('useDefaultResolversForPlainFields', () => {
  it('hands plain fields to the default resolver and keeps every other wrapper', async () => {
    const schema = useDefaultResolversForPlainFields(
      await buildSchema({ resolvers: [PlainFieldsSampleResolver], authChecker: () => false, authMode: 'null', validate: false }),
    );
    const type = schema.getType('PlainFieldsSample') as any;
    expect(type.getFields().plain.resolve).toBeUndefined();
    expect(type.getFields().renamed.resolve).toBeDefined();
    expect(type.getFields().guarded.resolve).toBeDefined();
    expect(type.getFields().computed.resolve).toBeDefined();

    const result = await graphql({ schema, source: '{ plainFieldsSample { plain renamed guarded computed } }', contextValue: {} });
    expect(result.data).toEqual({ plainFieldsSample: { plain: 'p', renamed: 'r', guarded: null, computed: 'p!' } });
  });
});

@ObjectType()
class DirectCallSample {
  @Field()
  name!: string;
}

@Resolver(() => DirectCallSample)
class DirectCallSampleResolver {
  // An instance (as the row readers make) takes the direct call; a plain object, type-graphql's handler.
  @Query(() => DirectCallSample)
  directCallSample(): DirectCallSample {
    return Object.assign(new DirectCallSample(), { name: 'sample' });
  }

  @Query(() => DirectCallSample)
  plainObjectSample(): DirectCallSample {
    return { name: 'plain' };
  }

  @FieldResolver(() => String)
  shout(@Root() sample: DirectCallSample, @Ctx() ctx: { suffix: string }, @Info() info: GraphQLResolveInfo): string {
    return `${sample.name.toUpperCase()}${ctx.suffix} (${info.fieldName})`;
  }

  @Authorized()
  @FieldResolver(() => String, { nullable: true })
  secret(@Root() sample: DirectCallSample): string {
    return `${sample.name} secret`;
  }

  @FieldResolver(() => String)
  repeated(@Root() sample: DirectCallSample, @Arg('times', () => Int) times: number): string {
    return sample.name.repeat(times);
  }
}

describe('callPlainFieldResolversDirectly', () => {
  it('calls resolver methods with only @Root, @Ctx and @Info directly, and keeps the handler of the others', async () => {
    const built = await buildSchema({ resolvers: [DirectCallSampleResolver], authChecker: () => false, authMode: 'null', validate: false });
    const fields = (built.getType('DirectCallSample') as any).getFields();
    const handlers = { shout: fields.shout.resolve, secret: fields.secret.resolve, repeated: fields.repeated.resolve };
    const schema = callPlainFieldResolversDirectly(built);
    expect(fields.shout.resolve).not.toBe(handlers.shout);
    expect(fields.secret.resolve).toBe(handlers.secret);
    expect(fields.repeated.resolve).toBe(handlers.repeated);

    const result = await graphql({
      schema,
      source: '{ directCallSample { shout secret repeated(times: 2) } plainObjectSample { shout } }',
      contextValue: { suffix: '!' },
    });
    expect(result).toEqual({
      data: { directCallSample: { shout: 'SAMPLE! (shout)', secret: null, repeated: 'samplesample' }, plainObjectSample: { shout: 'PLAIN! (shout)' } },
    });
  });
});

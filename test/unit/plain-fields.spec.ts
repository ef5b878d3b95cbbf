import { graphql } from 'graphql';
import { Authorized, buildSchema, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { useDefaultResolversForPlainFields } from '../../src/graphql/plain-fields';

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

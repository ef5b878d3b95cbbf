import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, GraphQLObjectType, GraphQLSchema, isObjectType, isUnionType } from 'graphql';
import { renderRuleKindsDoc } from '../../src/cli/rule-kinds-doc';
import { parametersTypeName } from '../../src/modules/rules/rule-kind-parameters.types';
import { RuleKind } from '../../src/domain/enums';
import { FieldSpec } from '../../src/engine/parameter-checks';
import { RULE_KINDS } from '../../src/engine/rule-kind.registry';
import { buildAppSchema } from '../../src/graphql/schema';

describe('rule kinds documentation', () => {
  it('matches what the registry generates (run `npm run docs:rule-kinds` after changing a rule kind)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../docs/api/rule-kinds.md'), 'utf8');
    expect(committed).toEqual(renderRuleKindsDoc());
  });
});

describe('CompatibilityRule.kindParameters', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  /** Field names as written, nested fields as `scope.devices`: the vocabulary both ways must be the same. */
  function writtenNames(fields: Readonly<Record<string, FieldSpec>>, prefix = ''): string[] {
    return Object.entries(fields).flatMap(([name, { check }]) => [
      `${prefix}${name}`,
      ...(check.fields ? writtenNames(check.fields, `${prefix}${name}.`) : []),
    ]);
  }

  function readNames(type: GraphQLObjectType, prefix = ''): string[] {
    return Object.values(type.getFields()).flatMap((field) => {
      const fieldType = getNamedType(field.type);
      return [`${prefix}${field.name}`, ...(isObjectType(fieldType) ? readNames(fieldType, `${prefix}${field.name}.`) : [])];
    });
  }

  it.each(Object.values(RuleKind))('reads %s parameters back under the names they are written with', (kind) => {
    const union = schema.getType('RuleKindParameters');
    if (!isUnionType(union)) throw new Error('RuleKindParameters is not a union');
    const type = union.getTypes().find((member) => member.name === parametersTypeName(kind));
    expect(type).toBeDefined();
    expect(readNames(type!).sort()).toEqual(writtenNames(RULE_KINDS[kind].parameters).sort());
  });
});

import { Topical } from '../../../entities';
import { LINK_TABLES } from '../../../entities/links.entity';
import { ContentType } from '../content-type';
import { TopicalInput } from '../editorial.inputs';
import { describeContentType, linkedKeys, linkedFrom, replaceLinks } from './content-descriptor';

export const topical = describeContentType<TopicalInput, Topical>({
  type: ContentType.TOPICAL,
  typeName: 'Topical',
  entity: Topical,
  table: 'topical',
  keyColumn: 'slug',
  label: 'topical',
  // Category, allowed slots and the scars it helps decide holds, steps and their order.
  signOff: true,
  inputClass: TopicalInput,
  columns: async ({ helpsScarTypes: _links, allowedSlots, ...columns }) => ({ ...columns, allowedSlots: [...new Set(allowedSlots)] }),
  async resolveLinks(input, refs) {
    const scarTypeIds = await refs.ids('scar_type', 'slug', input.helpsScarTypes, 'input.helpsScarTypes', 'scar type');
    return (manager, id) =>
      replaceLinks(
        manager,
        LINK_TABLES.topicalScarType,
        'topical_id',
        id,
        scarTypeIds.map((scar_type_id) => ({ topical_id: id, scar_type_id })),
      );
  },
  async read(manager, { id, slug, name, category, inciAliases, prescriptionOnly, allowedSlots, benefits }) {
    const helpsScarTypes = await linkedKeys(
      manager,
      `SELECT s.slug AS key FROM ${LINK_TABLES.topicalScarType} l JOIN scar_type s ON s.id = l.scar_type_id WHERE l.topical_id = $1 ORDER BY s.slug COLLATE "C"`,
      id,
    );
    return { slug, name, category, inciAliases, prescriptionOnly, allowedSlots, benefits, helpsScarTypes };
  },
  references: [
    linkedFrom('products', { table: 'product', keyColumn: 'slug' }, LINK_TABLES.productIngredient, 'product_id', 'topical_id'),
    linkedFrom('rules', { table: 'compatibility_rule', keyColumn: 'code' }, LINK_TABLES.ruleTopical, 'rule_id', 'topical_id'),
    linkedFrom('articles', { table: 'article', keyColumn: 'slug' }, LINK_TABLES.articleTopical, 'article_id', 'topical_id'),
  ],
});

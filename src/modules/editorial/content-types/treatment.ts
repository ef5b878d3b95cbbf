import { FieldProblem } from '../../../core/errors';
import { Treatment } from '../../../entities';
import { LINK_TABLES } from '../../../entities/links.entity';
import { ContentType } from '../content-type';
import { TreatmentInput } from '../editorial.inputs';
import { describeContentType, linkedKeys, linkedFrom, imageColumns, imageFields, pageColumns, pageFields, replaceLinks } from './content-descriptor';

export const treatment = describeContentType<TreatmentInput, Treatment>({
  type: ContentType.TREATMENT,
  typeName: 'Treatment',
  entity: Treatment,
  table: 'treatment',
  keyColumn: 'slug',
  label: 'treatment',
  // A session's treatment (its device) decides the holds after needling.
  signOff: true,
  inputClass: TreatmentInput,
  columns: async ({ scarTypes: _links, ...columns }) => ({ ...columns, ...pageColumns(columns), ...imageColumns(columns) }),
  check(input) {
    const problems: FieldProblem[] = [];
    const ranges: [keyof TreatmentInput, keyof TreatmentInput][] = [
      ['needleDepthMinMm', 'needleDepthMaxMm'],
      ['minutesPerSessionMin', 'minutesPerSessionMax'],
      ['typicalSessionsMin', 'typicalSessionsMax'],
      ['daysBetweenSessionsMin', 'daysBetweenSessionsMax'],
    ];
    for (const [min, max] of ranges) {
      if ((input[min] as number) > (input[max] as number)) problems.push({ field: `input.${max}`, message: `must not be less than ${min}` });
    }
    return problems;
  },
  async resolveLinks(input, refs) {
    const scarTypeIds = await refs.ids('scar_type', 'slug', input.scarTypes, 'input.scarTypes', 'scar type');
    return (manager, id) =>
      replaceLinks(
        manager,
        LINK_TABLES.treatmentScarType,
        'treatment_id',
        id,
        scarTypeIds.map((scar_type_id) => ({ treatment_id: id, scar_type_id })),
      );
  },
  async read(manager, t) {
    const scarTypes = await linkedKeys(
      manager,
      `SELECT s.slug AS key FROM ${LINK_TABLES.treatmentScarType} l JOIN scar_type s ON s.id = l.scar_type_id WHERE l.treatment_id = $1 ORDER BY s.slug COLLATE "C"`,
      t.id,
    );
    return {
      slug: t.slug,
      name: t.name,
      summary: t.summary,
      device: t.device,
      setting: t.setting,
      needleDepthMinMm: t.needleDepthMinMm,
      needleDepthMaxMm: t.needleDepthMaxMm,
      minutesPerSessionMin: t.minutesPerSessionMin,
      minutesPerSessionMax: t.minutesPerSessionMax,
      typicalSessionsMin: t.typicalSessionsMin,
      typicalSessionsMax: t.typicalSessionsMax,
      daysBetweenSessionsMin: t.daysBetweenSessionsMin,
      daysBetweenSessionsMax: t.daysBetweenSessionsMax,
      risks: t.risks,
      contraindications: t.contraindications,
      scarTypes,
      ...pageFields(t),
      ...imageFields(t),
    };
  },
  references: [linkedFrom('articles', { table: 'article', keyColumn: 'slug' }, LINK_TABLES.articleTreatment, 'article_id', 'treatment_id')],
});

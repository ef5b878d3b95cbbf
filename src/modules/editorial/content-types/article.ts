import { Article } from '../../../entities';
import { LINK_TABLES } from '../../../entities/links.entity';
import { ContentType } from '../content-type';
import { ArticleInput } from '../editorial.inputs';
import { describeContentType, linkedKeys, imageColumns, imageFields, pageColumns, pageFields, replaceLinks } from './content-descriptor';

export const article = describeContentType<ArticleInput, Article>({
  type: ContentType.ARTICLE,
  typeName: 'Article',
  entity: Article,
  table: 'article',
  keyColumn: 'slug',
  label: 'article',
  // Plans list related articles, but no advice depends on them.
  signOff: false,
  inputClass: ArticleInput,
  columns: async ({ treatments: _t, scarTypes: _s, topicals: _p, citations: _c, ...columns }) => ({
    ...columns,
    ...pageColumns(columns),
    ...imageColumns(columns),
  }),
  async resolveLinks(input, refs) {
    const treatmentIds = await refs.ids('treatment', 'slug', input.treatments, 'input.treatments', 'treatment');
    const scarTypeIds = await refs.ids('scar_type', 'slug', input.scarTypes, 'input.scarTypes', 'scar type');
    const topicalIds = await refs.ids('topical', 'slug', input.topicals, 'input.topicals', 'topical');
    const citationIds = await refs.ids('citation', 'key', input.citations, 'input.citations', 'citation');
    return async (manager, id) => {
      await replaceLinks(
        manager,
        LINK_TABLES.articleTreatment,
        'article_id',
        id,
        treatmentIds.map((treatment_id) => ({ article_id: id, treatment_id })),
      );
      await replaceLinks(
        manager,
        LINK_TABLES.articleScarType,
        'article_id',
        id,
        scarTypeIds.map((scar_type_id) => ({ article_id: id, scar_type_id })),
      );
      await replaceLinks(
        manager,
        LINK_TABLES.articleTopical,
        'article_id',
        id,
        topicalIds.map((topical_id) => ({ article_id: id, topical_id })),
      );
      await replaceLinks(
        manager,
        LINK_TABLES.articleCitation,
        'article_id',
        id,
        citationIds.map((citation_id, position) => ({ article_id: id, citation_id, position })),
      );
    };
  },
  async read(manager, entity) {
    const { id, slug, title, summary, body, author } = entity;
    const keys = (sql: string) => linkedKeys(manager, sql, id);
    return {
      slug,
      title,
      summary,
      body,
      author,
      treatments: await keys(
        `SELECT x.slug AS key FROM ${LINK_TABLES.articleTreatment} l JOIN treatment x ON x.id = l.treatment_id WHERE l.article_id = $1 ORDER BY x.slug`,
      ),
      scarTypes: await keys(
        `SELECT x.slug AS key FROM ${LINK_TABLES.articleScarType} l JOIN scar_type x ON x.id = l.scar_type_id WHERE l.article_id = $1 ORDER BY x.slug`,
      ),
      topicals: await keys(
        `SELECT x.slug AS key FROM ${LINK_TABLES.articleTopical} l JOIN topical x ON x.id = l.topical_id WHERE l.article_id = $1 ORDER BY x.slug`,
      ),
      citations: await keys(
        `SELECT x.key AS key FROM ${LINK_TABLES.articleCitation} l JOIN citation x ON x.id = l.citation_id WHERE l.article_id = $1 ORDER BY l.position`,
      ),
      ...pageFields(entity),
      ...imageFields(entity),
    };
  },
});

import { Citation } from '../../../entities';
import { LINK_TABLES } from '../../../entities/links.entity';
import { ContentType } from '../content-type';
import { CitationInput } from '../editorial.inputs';
import { describeContentType, linkedFrom } from './content-descriptor';

export const citation = describeContentType<CitationInput, Citation>({
  type: ContentType.CITATION,
  typeName: 'Citation',
  entity: Citation,
  table: 'citation',
  keyColumn: 'key',
  label: 'citation',
  // Plans show each hold's, conflict's and warning's rule with its citations: the evidence behind the advice.
  signOff: true,
  inputClass: CitationInput,
  read: async (_manager, { key, title, url, evidenceLevel, source }) => ({ key, title, url, evidenceLevel, source }),
  references: [
    linkedFrom('rules', { table: 'compatibility_rule', keyColumn: 'code' }, LINK_TABLES.ruleCitation, 'rule_id', 'citation_id'),
    linkedFrom('articles', { table: 'article', keyColumn: 'slug' }, LINK_TABLES.articleCitation, 'article_id', 'citation_id'),
  ],
});

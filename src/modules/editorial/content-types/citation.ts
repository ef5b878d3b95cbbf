import { Citation } from '../../../entities';
import { LINK_TABLES } from '../../../entities/links.entity';
import { ContentType } from '../content-type';
import { CitationInput } from '../editorial.inputs';
import { describeContentType, referencedBy } from './content-descriptor';

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
  keyOf: (input) => input.key,
  read: async (_manager, { key, title, url, evidenceLevel, source }) => ({ key, title, url, evidenceLevel, source }),
  references: [
    referencedBy(
      'rules',
      `SELECT r.code AS key FROM ${LINK_TABLES.ruleCitation} l JOIN compatibility_rule r ON r.id = l.rule_id WHERE l.citation_id = $1 AND r.deleted_at IS NULL`,
    ),
    referencedBy(
      'articles',
      `SELECT a.slug AS key FROM ${LINK_TABLES.articleCitation} l JOIN article a ON a.id = l.article_id WHERE l.citation_id = $1 AND a.deleted_at IS NULL`,
    ),
  ],
});

// Every migration, in order. A generated migration is added here by hand (after reading it):
// an explicit list works the same from sources (tests) and from dist (server, CLI).
import { InitialSchema1795249162286 } from './1795249162286-InitialSchema';
import { KnowledgeRevision1795250000000 } from './1795250000000-KnowledgeRevision';
import { RuleTopicalPosition1795250100000 } from './1795250100000-RuleTopicalPosition';
import { AddStaffAccounts1795250200000 } from './1795250200000-AddStaffAccounts';
import { AddWebhooks1795250795848 } from './1795250795848-AddWebhooks';
import { AddPartnerApps1795251838432 } from './1795251838432-AddPartnerApps';
import { EditorialWorkflow1795250770281 } from './1795250770281-EditorialWorkflow';
import { ProductListIndexes1795252000000 } from './1795252000000-ProductListIndexes';
import { AddSearch1795254427010 } from './1795254427010-AddSearch';
import { ContentRevision1795255000000 } from './1795255000000-ContentRevision';
import { WebhookSecretsEncrypted1795256000000 } from './1795256000000-WebhookSecretsEncrypted';
import { ArticlePublishedOrderIndex1795257000000 } from './1795257000000-ArticlePublishedOrderIndex';
import { KnowledgeImport1795258000000 } from './1795258000000-KnowledgeImport';
import { SearchAtScale1795258300000 } from './1795258300000-SearchAtScale';
import { NoJitForApiStatements1795258400000 } from './1795258400000-NoJitForApiStatements';
import { SearchNamesWithoutTrigrams1795258500000 } from './1795258500000-SearchNamesWithoutTrigrams';
import { StaffDisplayName1795258600417 } from './1795258600417-StaffDisplayName';
import { ProductPriceByCurrency1795258700583 } from './1795258700583-ProductPriceByCurrency';
import { RegimenProductCandidates1795258900731 } from './1795258900731-RegimenProductCandidates';
import { SeoAndSlugHistory1795259000457 } from './1795259000457-SeoAndSlugHistory';
import { EntryImages1795259100318 } from './1795259100318-EntryImages';
import { ProductRankByBrand1795259100386 } from './1795259100386-ProductRankByBrand';
import { ArticleRevision1795259200512 } from './1795259200512-ArticleRevision';
import { LastPublishedAt1795259300274 } from './1795259300274-LastPublishedAt';
import { CatalogRevision1795259400633 } from './1795259400633-CatalogRevision';
import { ProductCounts1795259500721 } from './1795259500721-ProductCounts';
import { SearchProductTopicals1795259511842 } from './1795259511842-SearchProductTopicals';
import { CatalogFilterIndexes1795259600448 } from './1795259600448-CatalogFilterIndexes';

export const MIGRATIONS = [
  InitialSchema1795249162286,
  KnowledgeRevision1795250000000,
  RuleTopicalPosition1795250100000,
  AddStaffAccounts1795250200000,
  EditorialWorkflow1795250770281,
  AddWebhooks1795250795848,
  AddPartnerApps1795251838432,
  ProductListIndexes1795252000000,
  AddSearch1795254427010,
  ContentRevision1795255000000,
  WebhookSecretsEncrypted1795256000000,
  ArticlePublishedOrderIndex1795257000000,
  KnowledgeImport1795258000000,
  SearchAtScale1795258300000,
  NoJitForApiStatements1795258400000,
  SearchNamesWithoutTrigrams1795258500000,
  StaffDisplayName1795258600417,
  ProductPriceByCurrency1795258700583,
  RegimenProductCandidates1795258900731,
  SeoAndSlugHistory1795259000457,
  EntryImages1795259100318,
  ProductRankByBrand1795259100386,
  ArticleRevision1795259200512,
  LastPublishedAt1795259300274,
  CatalogRevision1795259400633,
  ProductCounts1795259500721,
  SearchProductTopicals1795259511842,
  CatalogFilterIndexes1795259600448,
];

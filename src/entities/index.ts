import { Article } from './article.entity';
import { AuditLogEntry } from './audit-log-entry.entity';
import { Brand } from './brand.entity';
import { Citation } from './citation.entity';
import { CompatibilityRule } from './compatibility-rule.entity';
import {
  ArticleCitation,
  ArticleScarType,
  ArticleTopical,
  ArticleTreatment,
  RuleCitation,
  RuleTopical,
  TopicalScarType,
  TreatmentScarType,
} from './links.entity';
import { LoginFailure } from './login-failure.entity';
import { PartnerApp } from './partner-app.entity';
import { PartnerKey } from './partner-key.entity';
import { Product } from './product.entity';
import { ProductIngredient } from './product-ingredient.entity';
import { PublicationSchedule } from './publication-schedule.entity';
import { KnowledgeImportEntry } from './knowledge-import-entry.entity';
import { ReferenceDataApplied } from './reference-data-applied.entity';
import { RefreshToken } from './refresh-token.entity';
import { Revision } from './revision.entity';
import { ScarType } from './scar-type.entity';
import { Topical } from './topical.entity';
import { Treatment } from './treatment.entity';
import { User } from './user.entity';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/** Every entity the DataSource maps (listed explicitly: no globbing across src and dist). */
export const ENTITIES = [
  Article,
  ArticleCitation,
  ArticleScarType,
  ArticleTopical,
  ArticleTreatment,
  AuditLogEntry,
  Brand,
  Citation,
  CompatibilityRule,
  LoginFailure,
  PartnerApp,
  PartnerKey,
  Product,
  ProductIngredient,
  PublicationSchedule,
  ReferenceDataApplied,
  KnowledgeImportEntry,
  RefreshToken,
  Revision,
  RuleCitation,
  RuleTopical,
  ScarType,
  Topical,
  TopicalScarType,
  Treatment,
  TreatmentScarType,
  User,
  WebhookAttempt,
  WebhookDelivery,
  WebhookEndpoint,
];

export * from './article.entity';
export * from './audit-log-entry.entity';
export * from './brand.entity';
export * from './citation.entity';
export * from './compatibility-rule.entity';
export * from './knowledge-import-entry.entity';
export * from './links.entity';
export * from './login-failure.entity';
export * from './partner-app.entity';
export * from './partner-key.entity';
export * from './product.entity';
export * from './product-ingredient.entity';
export * from './publication-schedule.entity';
export * from './reference-data-applied.entity';
export * from './refresh-token.entity';
export * from './revision.entity';
export * from './scar-type.entity';
export * from './topical.entity';
export * from './treatment.entity';
export * from './user.entity';
export * from './webhook-delivery.entity';
export * from './webhook-endpoint.entity';

import { DataSource } from 'typeorm';
import { StorefrontConfig, WebhookConfig } from '../config';
import { AuthSettings } from './auth/auth-settings';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { UserService } from './auth/user.service';
import { ArticleService } from './articles/article.service';
import { CatalogService } from './catalog/catalog.service';
import { AuditLogService } from './editorial/audit-log.service';
import { EditorialService } from './editorial/editorial.service';
import { KnowledgeService } from './knowledge/knowledge.service';
import { ProductService } from './products/product.service';
import { PartnerAppService } from './partners/partner-app.service';
import { PartnerKeys, UsageLogger } from './partners/partner-keys';
import { KnowledgeSnapshotProvider } from './regimen/knowledge-snapshot';
import { RegimenService } from './regimen/regimen.service';
import { ReviewService } from './review/review.service';
import { RuleService } from './rules/rule.service';
import { SearchService } from './search/search.service';
import { WebhookService } from './webhooks/webhook.service';

/** Every service, created once per process; methods take the request context first. */
export function createServices(
  dataSource: DataSource,
  auth: AuthSettings,
  webhooks: Pick<WebhookConfig, 'allowPrivateTargets' | 'secretKey'>,
  logger: UsageLogger,
  storefront: StorefrontConfig,
) {
  if (webhooks.secretKey === null) {
    logger.warn({}, 'WEBHOOK_SECRET_KEY is not set: webhook secrets are encrypted with a public development key. Set it (required in production).');
  }
  const passwords = new PasswordHasher();
  const partnerKeys = new PartnerKeys(dataSource, auth.partnerKeyPepper, logger);
  return {
    auth: new AuthService(dataSource, auth, passwords, partnerKeys),
    partnerApps: new PartnerAppService(dataSource, partnerKeys, auth.partnerKeyRotationGraceSeconds),
    users: new UserService(dataSource, passwords),
    catalog: new CatalogService(dataSource),
    products: new ProductService(dataSource, storefront),
    articles: new ArticleService(dataSource),
    search: new SearchService(dataSource, storefront),
    rules: new RuleService(dataSource),
    webhooks: new WebhookService(dataSource, webhooks),
    regimen: new RegimenService(dataSource, new KnowledgeSnapshotProvider(dataSource)),
    editorial: new EditorialService(dataSource),
    auditLog: new AuditLogService(dataSource),
    knowledge: new KnowledgeService(dataSource),
    review: new ReviewService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;

import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { PartnerApp } from '../../entities/partner-app.entity';
import { PartnerKey } from '../../entities/partner-key.entity';
import { RequestContext } from '../../core/request-context';
import { UserInputError } from '../../core/errors';
import { CreatePartnerAppInput, UpdatePartnerAppInput } from './partner-app.inputs';
import { IssuedPartnerKey, PartnerKeyStatus } from './partner-app.types';
import { auditedTransaction } from '../editorial/audit';
import { PartnerKeys } from './partner-keys';

/** How the audit log names the subjects of these changes. */
const PARTNER_APP = 'PARTNER_APP';
const PARTNER_KEY = 'PARTNER_KEY';

export function partnerKeyStatus(key: PartnerKey, now = Date.now()): PartnerKeyStatus {
  if (key.revokedAt) return PartnerKeyStatus.REVOKED;
  if (key.expiresAt && key.expiresAt.getTime() <= now) return PartnerKeyStatus.EXPIRED;
  return PartnerKeyStatus.ACTIVE;
}

function futureDate(value: string | null | undefined, field: string): Date | null {
  if (value == null) return null;
  const date = new Date(value);
  if (date.getTime() <= Date.now()) throw UserInputError.forField(field, 'must be in the future');
  return date;
}

function checkLimits(costBudget: number | null, maxQueryCost: number | null, field: string): void {
  if (costBudget !== null && maxQueryCost !== null && maxQueryCost > costBudget) {
    throw UserInputError.forField(field, 'maxQueryCost must not exceed costBudget (such a request could never run)');
  }
}

/** Partner apps and their keys (ADMIN only; the resolvers require ADMINISTER). */
export class PartnerAppService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: PartnerKeys,
    private readonly defaultGraceSeconds: number,
  ) {}

  apps(_ctx: RequestContext): Promise<PartnerApp[]> {
    return this.dataSource.getRepository(PartnerApp).find({ order: { name: 'ASC', createdAt: 'ASC' } });
  }

  keysOf(appIds: readonly string[]): Promise<PartnerKey[]> {
    return this.dataSource.getRepository(PartnerKey).find({ where: { appId: In([...appIds]) }, order: { createdAt: 'DESC' } });
  }

  async createApp(ctx: RequestContext, input: CreatePartnerAppInput): Promise<IssuedPartnerKey> {
    const subject = { entityType: PARTNER_APP, entityId: null, named: (issued: IssuedPartnerKey) => ({ entityId: issued.app.id }) };
    return auditedTransaction(this.dataSource, ctx, 'createPartnerApp', subject, async (manager) => {
      const expiresAt = futureDate(input.keyExpiresAt, 'input.keyExpiresAt');
      checkLimits(input.costBudget ?? null, input.maxQueryCost ?? null, 'input.maxQueryCost');
      const app = await manager.save(
        manager.create(PartnerApp, {
          name: input.name.trim(),
          scopes: [...new Set(input.scopes)],
          costBudget: input.costBudget ?? null,
          maxQueryCost: input.maxQueryCost ?? null,
          disabled: false,
          createdBy: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
        }),
      );
      return this.issueKey(manager, app, expiresAt);
    });
  }

  async updateApp(ctx: RequestContext, id: string, input: UpdatePartnerAppInput): Promise<PartnerApp> {
    return auditedTransaction(this.dataSource, ctx, 'updatePartnerApp', { entityType: PARTNER_APP, entityId: id }, async (manager) => {
      const app = await manager.findOne(PartnerApp, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!app) throw UserInputError.forField('id', 'no partner app has this id');
      if (input.name != null) app.name = input.name.trim();
      if (input.scopes != null) app.scopes = [...new Set(input.scopes)];
      if (input.costBudget !== undefined) app.costBudget = input.costBudget;
      if (input.maxQueryCost !== undefined) app.maxQueryCost = input.maxQueryCost;
      if (input.disabled != null) app.disabled = input.disabled;
      checkLimits(app.costBudget, app.maxQueryCost, 'input.maxQueryCost');
      return manager.save(app);
    });
  }

  /**
   * Issues a new key. The app's other active keys keep working for the grace period (so callers
   * can switch without downtime), then expire; a key that expires sooner keeps its own expiry.
   */
  async rotateKey(
    ctx: RequestContext,
    appId: string,
    gracePeriodSeconds: number | null | undefined,
    expiresAt: string | null | undefined,
  ): Promise<IssuedPartnerKey> {
    const grace = gracePeriodSeconds ?? this.defaultGraceSeconds;
    return auditedTransaction(this.dataSource, ctx, 'rotatePartnerKey', { entityType: PARTNER_APP, entityId: appId }, async (manager) => {
      const newExpiry = futureDate(expiresAt, 'expiresAt');
      const app = await manager.findOne(PartnerApp, { where: { id: appId }, lock: { mode: 'pessimistic_write' } });
      if (!app) throw UserInputError.forField('appId', 'no partner app has this id');
      await manager.query(
        `UPDATE partner_key SET expires_at = LEAST(COALESCE(expires_at, 'infinity'), now() + make_interval(secs => $2))
          WHERE app_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
        [appId, grace],
      );
      return this.issueKey(manager, app, newExpiry);
    });
  }

  /** Revokes one key at once (idempotent). */
  async revokeKey(ctx: RequestContext, id: string): Promise<PartnerKey> {
    return auditedTransaction(this.dataSource, ctx, 'revokePartnerKey', { entityType: PARTNER_KEY, entityId: id }, async (manager) => {
      await manager.update(PartnerKey, { id, revokedAt: IsNull() }, { revokedAt: new Date() });
      const key = await manager.findOneBy(PartnerKey, { id });
      if (!key) throw UserInputError.forField('id', 'no partner key has this id');
      return key;
    });
  }

  private async issueKey(manager: EntityManager, app: PartnerApp, expiresAt: Date | null): Promise<IssuedPartnerKey> {
    const issued = this.keys.issue();
    const key = await manager.save(
      manager.create(PartnerKey, {
        appId: app.id,
        keyId: issued.keyId,
        secretHash: issued.secretHash,
        expiresAt,
        revokedAt: null,
        lastUsedAt: null,
      }),
    );
    return { apiKey: issued.apiKey, key, app };
  }
}

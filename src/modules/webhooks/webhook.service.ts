import { DataSource, EntityManager, In } from 'typeorm';
import { WebhookConfig } from '../../config';
import { WebhookDeliveryStatus } from '../../domain/webhook-event';
import { WebhookAttempt } from '../../entities/webhook-delivery.entity';
import { WebhookDelivery } from '../../entities/webhook-delivery.entity';
import { WebhookEndpoint } from '../../entities/webhook-endpoint.entity';
import { RequestContext } from '../../core/request-context';
import { UserInputError } from '../../core/errors';
import { keysetPage } from '../../graphql/keyset';
import { auditedTransaction } from '../editorial/audit';
import { Page } from '../../graphql/pagination';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput, WebhookDeliveriesArgs } from './webhook.inputs';
import { WebhookEndpointWithSecret } from './webhook.types';
import { announceWebhookEvents } from './webhook-outbox';
import { generateWebhookSecret } from './webhook-signature';
import { privateTargetProblem } from './webhook-targets';
import { WebhookSecretBox } from './webhook-secret-box';

/** How the audit log names the subjects of these changes. */
const WEBHOOK_ENDPOINT = 'WEBHOOK_ENDPOINT';
const WEBHOOK_DELIVERY = 'WEBHOOK_DELIVERY';

/**
 * Endpoint registration and the delivery log (ADMIN only: the resolvers declare it). Sending is
 * the dispatcher's job; nothing here makes an HTTP request.
 */
export class WebhookService {
  private readonly secrets: WebhookSecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: Pick<WebhookConfig, 'allowPrivateTargets' | 'secretKey'>,
  ) {
    this.secrets = new WebhookSecretBox(options.secretKey);
  }

  endpoints(_ctx: RequestContext): Promise<WebhookEndpoint[]> {
    return this.dataSource.getRepository(WebhookEndpoint).find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async createEndpoint(ctx: RequestContext, input: CreateWebhookEndpointInput): Promise<WebhookEndpointWithSecret> {
    const subject = {
      entityType: WEBHOOK_ENDPOINT,
      entityId: null,
      named: (created: WebhookEndpointWithSecret) => ({ entityId: created.endpoint.id }),
    };
    return auditedTransaction(this.dataSource, ctx, 'createWebhookEndpoint', subject, async (manager) => {
      this.assertAllowedTarget(input.url);
      const secret = generateWebhookSecret();
      const { id } = await manager.save(
        manager.create(WebhookEndpoint, {
          url: input.url,
          events: input.events,
          description: input.description || null,
          active: input.active ?? true,
          secret: this.secrets.seal(secret),
        }),
      );
      // Reloaded without the secret column: the secret leaves only through this payload.
      return { endpoint: await manager.findOneByOrFail(WebhookEndpoint, { id }), secret };
    });
  }

  async updateEndpoint(ctx: RequestContext, id: string, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    const updated = await auditedTransaction(
      this.dataSource,
      ctx,
      'updateWebhookEndpoint',
      { entityType: WEBHOOK_ENDPOINT, entityId: id },
      async (manager) => {
        if (input.url != null) this.assertAllowedTarget(input.url);
        const endpoint = await this.endpointOrFail(manager, id);
        if (input.url != null) endpoint.url = input.url;
        if (input.events != null) endpoint.events = input.events;
        if (input.description !== undefined) endpoint.description = input.description || null;
        if (input.active != null) endpoint.active = input.active;
        await manager.save(endpoint);
        return manager.findOneByOrFail(WebhookEndpoint, { id });
      },
    );
    if (updated.active) announceWebhookEvents(this.dataSource); // held deliveries may be due now
    return updated;
  }

  /** A new secret, in force for every delivery sent from now on (the old one stops working at once). */
  async rotateSecret(ctx: RequestContext, id: string): Promise<WebhookEndpointWithSecret> {
    return auditedTransaction(this.dataSource, ctx, 'rotateWebhookSecret', { entityType: WEBHOOK_ENDPOINT, entityId: id }, async (manager) => {
      await this.endpointOrFail(manager, id);
      const secret = generateWebhookSecret();
      await manager.update(WebhookEndpoint, { id }, { secret: this.secrets.seal(secret) });
      return { endpoint: await manager.findOneByOrFail(WebhookEndpoint, { id }), secret };
    });
  }

  /** Encrypts the secrets stored in clear before encryption at rest existed; returns how many. */
  async sealStoredSecrets(): Promise<number> {
    const rows: { id: string; secret: string }[] = await this.dataSource.query(
      `SELECT id, secret FROM webhook_endpoint WHERE secret NOT LIKE 'v1:%'`,
    );
    for (const row of rows) {
      await this.dataSource.query(`UPDATE webhook_endpoint SET secret = $2 WHERE id = $1 AND secret = $3`, [
        row.id,
        this.secrets.seal(row.secret),
        row.secret,
      ]);
    }
    return rows.length;
  }

  /** Deletes the endpoint with its deliveries and their attempts. */
  async deleteEndpoint(ctx: RequestContext, id: string): Promise<boolean> {
    return auditedTransaction(this.dataSource, ctx, 'deleteWebhookEndpoint', { entityType: WEBHOOK_ENDPOINT, entityId: id }, async (manager) => {
      const { affected } = await manager.delete(WebhookEndpoint, { id });
      if (!affected) throw UserInputError.forField('id', 'no webhook endpoint has this id');
      return true;
    });
  }

  /** Newest first, with every attempt (one more statement per page). */
  async deliveries(_ctx: RequestContext, args: WebhookDeliveriesArgs): Promise<Page<WebhookDelivery>> {
    const query = this.dataSource.getRepository(WebhookDelivery).createQueryBuilder('delivery');
    if (args.endpointId != null) query.andWhere('delivery.endpoint_id = :endpointId', { endpointId: args.endpointId });
    if (args.status != null) query.andWhere('delivery.status = :status', { status: args.status });
    const page = await keysetPage(
      query,
      'delivery',
      {
        sortExpression: "date_trunc('milliseconds', delivery.created_at)",
        sortValueOf: (row) => row.createdAt.toISOString(),
        descending: true,
      },
      args,
    );
    await this.attachAttempts(page.edges.map((edge) => edge.node));
    return page;
  }

  /**
   * Sends a finished (DELIVERED or FAILED) delivery again as a new delivery of the same event:
   * same event id and body, fresh attempts. A PENDING one is already being retried.
   */
  async redeliver(ctx: RequestContext, deliveryId: string): Promise<WebhookDelivery> {
    const copy = await auditedTransaction(
      this.dataSource,
      ctx,
      'redeliverWebhook',
      { entityType: WEBHOOK_DELIVERY, entityId: deliveryId },
      async (manager) => {
        const original = await manager.findOne(WebhookDelivery, { where: { id: deliveryId }, relations: { endpoint: true } });
        if (!original) throw UserInputError.forField('deliveryId', 'no webhook delivery has this id');
        if (original.status === WebhookDeliveryStatus.PENDING) {
          throw UserInputError.forField('deliveryId', 'is still pending: it is retried automatically');
        }
        if (!original.endpoint?.active) throw UserInputError.forField('deliveryId', 'its endpoint is inactive');
        const { id } = await manager.save(
          manager.create(WebhookDelivery, {
            endpointId: original.endpointId,
            eventId: original.eventId,
            eventType: original.eventType,
            payload: original.payload,
          }),
        );
        return manager.findOneByOrFail(WebhookDelivery, { id });
      },
    );
    // After the commit, so the dispatcher woken finds the new delivery.
    announceWebhookEvents(this.dataSource);
    copy.attempts = [];
    return copy;
  }

  private assertAllowedTarget(url: string): void {
    const problem = this.options.allowPrivateTargets ? null : privateTargetProblem(url);
    if (problem) throw UserInputError.forField('input.url', `${problem} (WEBHOOK_ALLOW_PRIVATE_TARGETS is off)`);
  }

  private async endpointOrFail(manager: EntityManager, id: string): Promise<WebhookEndpoint> {
    const endpoint = await manager.findOneBy(WebhookEndpoint, { id });
    if (!endpoint) throw UserInputError.forField('id', 'no webhook endpoint has this id');
    return endpoint;
  }

  private async attachAttempts(deliveries: WebhookDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    const attempts = await this.dataSource
      .getRepository(WebhookAttempt)
      .find({ where: { deliveryId: In(deliveries.map((delivery) => delivery.id)) }, order: { attemptedAt: 'ASC', id: 'ASC' } });
    for (const delivery of deliveries) delivery.attempts = attempts.filter((attempt) => attempt.deliveryId === delivery.id);
  }
}

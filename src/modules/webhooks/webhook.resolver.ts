import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/roles';
import { WebhookDelivery } from '../../entities/webhook-delivery.entity';
import { WebhookEndpoint } from '../../entities/webhook-endpoint.entity';
import { GraphQLContext } from '../../graphql/context';
import { Page } from '../../graphql/pagination';
import {
  CreateWebhookEndpointArgs,
  RedeliverWebhookArgs,
  UpdateWebhookEndpointArgs,
  WebhookDeliveriesArgs,
  WebhookEndpointIdArgs,
} from './webhook.inputs';
import { WebhookDeliveryConnection, WebhookEndpointWithSecret } from './webhook.types';
import { webhookBody } from './webhook-outbox';

@Resolver(() => WebhookDelivery)
export class WebhookResolver {
  @Authorized(Permission.ADMINISTER)
  @Query(() => [WebhookEndpoint], { description: 'Every webhook endpoint, oldest first (ADMIN). Secrets are never listed.' })
  webhookEndpoints(@Ctx() ctx: GraphQLContext): Promise<WebhookEndpoint[]> {
    return ctx.services.webhooks.endpoints(ctx);
  }

  @Authorized(Permission.ADMINISTER)
  @Query(() => WebhookDeliveryConnection, { description: 'Deliveries, newest first, with every attempt (ADMIN).' })
  webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @Ctx() ctx: GraphQLContext): Promise<Page<WebhookDelivery>> {
    return ctx.services.webhooks.deliveries(ctx, args);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => WebhookEndpointWithSecret, { description: 'Registers an endpoint (ADMIN). Its signing secret is returned this once.' })
  createWebhookEndpoint(@Args() { input }: CreateWebhookEndpointArgs, @Ctx() ctx: GraphQLContext): Promise<WebhookEndpointWithSecret> {
    return ctx.services.webhooks.createEndpoint(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => WebhookEndpoint, { description: 'Changes an endpoint’s URL, events, description or active state (ADMIN).' })
  updateWebhookEndpoint(@Args() { id, input }: UpdateWebhookEndpointArgs, @Ctx() ctx: GraphQLContext): Promise<WebhookEndpoint> {
    return ctx.services.webhooks.updateEndpoint(ctx, id, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'Replaces an endpoint’s signing secret (ADMIN); the new one is returned this once and signs every delivery from now on.',
  })
  rotateWebhookSecret(@Args() { id }: WebhookEndpointIdArgs, @Ctx() ctx: GraphQLContext): Promise<WebhookEndpointWithSecret> {
    return ctx.services.webhooks.rotateSecret(ctx, id);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => Boolean, { description: 'Deletes an endpoint with its delivery log (ADMIN).' })
  deleteWebhookEndpoint(@Args() { id }: WebhookEndpointIdArgs, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.webhooks.deleteEndpoint(ctx, id);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => WebhookDelivery, {
    description: 'Sends a DELIVERED or FAILED delivery again, as a new delivery with the same event id (ADMIN).',
  })
  redeliverWebhook(@Args() { deliveryId }: RedeliverWebhookArgs, @Ctx() ctx: GraphQLContext): Promise<WebhookDelivery> {
    return ctx.services.webhooks.redeliver(ctx, deliveryId);
  }

  @FieldResolver(() => String, { description: 'The JSON body sent (the signature covers it byte for byte).' })
  body(@Root() delivery: WebhookDelivery): string {
    return webhookBody(delivery.payload);
  }
}

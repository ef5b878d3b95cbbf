import { Field, ObjectType } from 'type-graphql';
import { WebhookDelivery } from '../../entities/webhook-delivery.entity';
import { WebhookEndpoint } from '../../entities/webhook-endpoint.entity';
import { ConnectionType } from '../../graphql/pagination';

@ObjectType({ simpleResolvers: true, description: 'An endpoint with its signing secret: returned only when the secret is created or rotated.' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;

  @Field({ description: 'The HMAC-SHA256 key for x-dermaplan-signature. Store it now: it is never shown again.' })
  secret!: string;
}

@ObjectType({ simpleResolvers: true })
export class WebhookDeliveryConnection extends ConnectionType(WebhookDelivery, 'WebhookDelivery') {}

import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { applyDecorators } from '../../graphql/apply-decorators';
import { BidirectionalPageArgs } from '../../graphql/pagination';
import { WebhookDeliveryStatus, WebhookEvent } from '../../domain/webhook-event';

export const WEBHOOK_URL_MAX_LENGTH = 2048;
export const WEBHOOK_DESCRIPTION_MAX_LENGTH = 500;

/** An absolute http(s) URL with a host and no credentials (they would show in every listing). */
function IsWebhookUrl(): PropertyDecorator {
  return applyDecorators(
    IsString(),
    MaxLength(WEBHOOK_URL_MAX_LENGTH),
    IsUrl(
      {
        protocols: ['http', 'https'],
        require_protocol: true,
        require_valid_protocol: true,
        require_host: true,
        require_tld: false,
        disallow_auth: true,
      },
      { message: '$property must be an absolute http:// or https:// URL without credentials' },
    ),
  );
}

function IsEventList(): PropertyDecorator {
  return applyDecorators(
    ArrayNotEmpty({ message: '$property must name at least one event' }),
    ArrayUnique({ message: '$property must not repeat an event' }),
    ArrayMaxSize(Object.keys(WebhookEvent).length),
    IsEnum(WebhookEvent, { each: true }),
  );
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'Absolute http(s) URL the events are POSTed to.' })
  @IsWebhookUrl()
  url!: string;

  @Field(() => [WebhookEvent], { description: 'The events this endpoint receives (at least one).' })
  @IsEventList()
  events!: WebhookEvent[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(WEBHOOK_DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@ArgsType()
export class CreateWebhookEndpointArgs {
  @Field(() => CreateWebhookEndpointInput)
  @ValidateNested()
  input!: CreateWebhookEndpointInput;
}

@InputType({ description: 'Fields left out are unchanged.' })
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebhookUrl()
  url?: string | null;

  @Field(() => [WebhookEvent], { nullable: true })
  @IsOptional()
  @IsEventList()
  events?: WebhookEvent[] | null;

  @Field(() => String, { nullable: true, description: 'An empty string clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(WEBHOOK_DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Inactive: no new events; pending deliveries wait until it is active again.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@ArgsType()
export class UpdateWebhookEndpointArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => UpdateWebhookEndpointInput)
  @ValidateNested()
  input!: UpdateWebhookEndpointInput;
}

@ArgsType()
export class WebhookEndpointIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class WebhookDeliveriesArgs extends BidirectionalPageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this endpoint’s deliveries.' })
  @IsOptional()
  @IsUUID()
  endpointId?: string | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus | null;
}

@ArgsType()
export class RedeliverWebhookArgs {
  @Field(() => ID, { description: 'A DELIVERED or FAILED delivery.' })
  @IsUUID()
  deliveryId!: string;
}

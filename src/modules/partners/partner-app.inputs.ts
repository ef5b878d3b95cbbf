import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PartnerScope } from '../../core/partner-scopes';
import { DateTimeScalar } from '../../graphql/scalars';

const NAME_MAX_LENGTH = 100;
const MAX_COST = 1_000_000_000;
/** A rotation keeps the previous key for at most 30 days. */
export const MAX_GRACE_SECONDS = 30 * 86400;

@InputType()
export class CreatePartnerAppInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  name!: string;

  @Field(() => [PartnerScope])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsEnum(PartnerScope, { each: true })
  scopes!: PartnerScope[];

  @Field(() => Int, { nullable: true, description: 'Query-cost points per window; default PARTNER_COST_BUDGET.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_COST)
  costBudget?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most one request may cost; default PARTNER_MAX_QUERY_COST.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_COST)
  maxQueryCost?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the first key stops working; default never.' })
  @IsOptional()
  keyExpiresAt?: string | null;
}

@ArgsType()
export class CreatePartnerAppArgs {
  @Field(() => CreatePartnerAppInput)
  @ValidateNested()
  input!: CreatePartnerAppInput;
}

@InputType({ description: 'Fields left out are unchanged; costBudget or maxQueryCost set to null return to the defaults.' })
export class UpdatePartnerAppInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  name?: string | null;

  @Field(() => [PartnerScope], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsEnum(PartnerScope, { each: true })
  scopes?: PartnerScope[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_COST)
  costBudget?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_COST)
  maxQueryCost?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'A disabled app’s keys are refused until it is enabled again.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean | null;
}

@ArgsType()
export class UpdatePartnerAppArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => UpdatePartnerAppInput)
  @ValidateNested()
  input!: UpdatePartnerAppInput;
}

@ArgsType()
export class RotatePartnerKeyArgs {
  @Field(() => ID, { description: 'The partner app.' })
  @IsUUID()
  appId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds the app’s current keys keep working (default PARTNER_KEY_ROTATION_GRACE_SECONDS; 0 ends them now).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_GRACE_SECONDS)
  gracePeriodSeconds?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the new key stops working; default never.' })
  @IsOptional()
  expiresAt?: string | null;
}

@ArgsType()
export class PartnerKeyIdArgs {
  @Field(() => ID, { description: 'The key’s id (PartnerKey.id).' })
  @IsUUID()
  id!: string;
}

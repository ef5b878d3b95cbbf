import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { BidirectionalPageArgs } from '../../graphql/pagination';
import { DateTimeScalar } from '../../graphql/scalars';
import { PublicationStatus, RuleKind } from '../../domain/enums';
import { ContentType } from './content-type';
import { CompatibilityRuleInput } from './editorial.inputs';

@ArgsType()
export class EntryArgs {
  @Field(() => ContentType)
  @IsIn(Object.values(ContentType))
  type!: ContentType;

  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class PublicationArgs extends EntryArgs {
  @Field(() => Int, { description: 'The version being approved; a newer one gets CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Carry it out at this time instead of now.' })
  @IsOptional()
  at?: string | null;
}

@ArgsType()
export class TrashArgs {
  @Field(() => ContentType)
  @IsIn(Object.values(ContentType))
  type!: ContentType;
}

@ArgsType()
export class RestoreRevisionArgs {
  @Field(() => ID)
  @IsUUID()
  revisionId!: string;

  @Field(() => Int, { description: 'The version of the entry this restore is based on.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
export class ScheduleArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType({ description: 'All given criteria must hold.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actorId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A content type (ARTICLE, COMPATIBILITY_RULE, …) or USER, PARTNER_APP, PARTNER_KEY, WEBHOOK_ENDPOINT, WEBHOOK_DELIVERY.',
  })
  @IsOptional()
  @MaxLength(40)
  entityType?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() entityId?: string | null;
  @Field(() => String, { nullable: true, description: 'Mutation name, e.g. updateProduct.' }) @IsOptional() @MaxLength(80) action?: string | null;
  @Field(() => String, { nullable: true, description: 'SUCCESS or an error code.' }) @IsOptional() @MaxLength(40) outcome?: string | null;
  // The scalar hands over a checked ISO-8601 string (a Date-typed field here refused every value).
  @Field(() => DateTimeScalar, { nullable: true, description: 'From this instant on (inclusive).' }) @IsOptional() since?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this instant (exclusive).' }) @IsOptional() until?: string | null;
}

@ArgsType()
export class AuditLogArgs extends BidirectionalPageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditLogFilter | null;
}

@InputType({ description: 'All given criteria must hold.' })
export class EditorialEntryFilter {
  @Field(() => String, {
    nullable: true,
    description: "Part of the key (slug, citation key, rule code) or of the name or title, any case; a pending draft's too.",
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => PublicationStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PublicationStatus))
  status?: PublicationStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only published entries with (true) or without (false) edits waiting for publication.' })
  @IsOptional()
  @IsBoolean()
  pendingDraft?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'The trash instead of the live entries.' })
  @IsOptional()
  @IsBoolean()
  trashed?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Products of this brand (slug); products only.' })
  @IsOptional()
  @MaxLength(200)
  brand?: string | null;

  @Field(() => RuleKind, { nullable: true, description: 'Compatibility rules of this kind only.' })
  @IsOptional()
  @IsIn(Object.values(RuleKind))
  ruleKind?: RuleKind | null;
}

@ArgsType()
export class EditorialEntriesArgs extends BidirectionalPageArgs {
  @Field(() => ContentType)
  @IsIn(Object.values(ContentType))
  type!: ContentType;

  @Field(() => EditorialEntryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EditorialEntryFilter | null;
}

@ArgsType()
export class ValidateCompatibilityRuleArgs {
  @Field(() => CompatibilityRuleInput)
  @ValidateNested()
  input!: CompatibilityRuleInput;

  @Field(() => ID, { nullable: true, description: 'The rule being edited (its own code is no clash); absent for a new rule.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;
}

import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Eligibility, Severity } from '../../domain/enums';
import { ConnectionType } from '../../graphql/pagination';
import { EditorialEntry } from '../editorial/editorial.types';

export enum ReviewChange {
  /** Never published (or taken off): publishing puts it in force for the first time. */
  NEW = 'NEW',
  /** A published entry's pending draft: publishing replaces the published version. */
  EDIT = 'EDIT',
}

registerEnumType(ReviewChange, { name: 'ReviewChange', description: 'What signing off an entry in the review queue does.' });

@ObjectType('FieldChange', { simpleResolvers: true, description: 'One field that differs between the published version and the draft, as text.' })
export class FieldChangeView {
  @Field({ description: 'Dotted path into the content, e.g. `parameters.hours` or `subjects`.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Null: not there (a new entry). Lists are joined with commas; an empty one is "(none)".' })
  published!: string | null;

  @Field(() => String, { nullable: true })
  draft!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'An entry of clinical knowledge waiting for a reviewer to sign it off (publish it).' })
export class ReviewQueueEntry {
  @Field(() => EditorialEntry, { description: 'Its state; send `entry.version` as expectedVersion to publishEntry.' })
  entry!: EditorialEntry;

  @Field(() => ReviewChange)
  change!: ReviewChange;

  @Field({ description: 'The change comes from the shipped knowledge files (the knowledge import), not from an editor.' })
  fromKnowledgeImport!: boolean;

  @Field(() => Date, { description: 'When the entry last changed.' })
  changedAt!: Date;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The version plans use now, in the shape of its input; null for a NEW entry.' })
  publishedContent!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { description: 'The version waiting for sign-off, in the shape of its input.' })
  draftContent!: Record<string, unknown>;

  @Field(() => [FieldChangeView], { description: 'Fields that differ, published against draft; for a NEW entry every field.' })
  changes!: FieldChangeView[];

  @Field({ description: 'Whether the viewer may sign it off now.' })
  canSignOff!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the viewer may not sign it off, in plain words; null when they may.' })
  signOffRefusal!: string | null;

  /** Resolved to `editedBy` by the resolver. */
  lastEditedById!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ReviewQueueConnection extends ConnectionType(ReviewQueueEntry, 'ReviewQueueEntry') {}

@ObjectType({ simpleResolvers: true, description: 'A hold of a plan: a topical paused between two instants.' })
export class ImpactHold {
  @Field({ description: 'Topical slug.' })
  topical!: string;

  @Field(() => String, { nullable: true, description: 'ISO-8601; null: from the plan start.' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601; null: for the whole plan.' })
  until!: string | null;

  @Field()
  reason!: string;

  @Field({ description: 'Code of the rule behind it.' })
  rule!: string;
}

@ObjectType({ simpleResolvers: true })
export class ImpactWarning {
  @Field()
  code!: string;

  @Field(() => Severity)
  severity!: Severity;

  @Field()
  message!: string;
}

@ObjectType({ simpleResolvers: true, description: "One day's steps, as topical slugs in application order." })
export class ImpactDay {
  @Field({ description: 'YYYY-MM-DD.' })
  date!: string;

  @Field(() => [String])
  am!: string[];

  @Field(() => [String])
  pm!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'What a plan says, reduced to what a reviewer compares.' })
export class ImpactPlanSummary {
  @Field(() => Eligibility)
  eligibility!: Eligibility;

  @Field(() => [ImpactHold])
  holds!: ImpactHold[];

  @Field(() => [ImpactWarning])
  warnings!: ImpactWarning[];

  @Field(() => [ImpactDay])
  days!: ImpactDay[];
}

export enum ImpactDifferenceKind {
  ELIGIBILITY_CHANGED = 'ELIGIBILITY_CHANGED',
  HOLD_ADDED = 'HOLD_ADDED',
  HOLD_REMOVED = 'HOLD_REMOVED',
  HOLD_CHANGED = 'HOLD_CHANGED',
  WARNING_ADDED = 'WARNING_ADDED',
  WARNING_REMOVED = 'WARNING_REMOVED',
  WARNING_CHANGED = 'WARNING_CHANGED',
  STEPS_CHANGED = 'STEPS_CHANGED',
}

registerEnumType(ImpactDifferenceKind, {
  name: 'ImpactDifferenceKind',
  description: 'How a plan computed with the draft differs from the published one.',
});

@ObjectType({ simpleResolvers: true, description: 'One difference between the plan with the published knowledge and the plan with the draft.' })
export class ImpactDifference {
  @Field(() => ImpactDifferenceKind)
  kind!: ImpactDifferenceKind;

  @Field({ description: 'What differs: a hold\'s "topical (rule)", a warning code, "eligibility", or a day and slot ("2026-12-08 PM").' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'The published side, as text (a hold as its day range); null: absent there.' })
  published!: string | null;

  @Field(() => String, { nullable: true, description: 'The draft side, as text; null: absent there.' })
  draft!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'One representative regimen computed with the published knowledge and with the draft applied.' })
export class ImpactScenario {
  @Field({ description: 'Stable identifier, e.g. `clinic-pen-1.5mm-actives`.' })
  code!: string;

  @Field({ description: 'The scenario in words.' })
  title!: string;

  @Field(() => ImpactPlanSummary)
  published!: ImpactPlanSummary;

  @Field(() => ImpactPlanSummary)
  draft!: ImpactPlanSummary;

  @Field(() => [ImpactDifference], { description: 'Empty when the draft changes nothing in this scenario.' })
  differences!: ImpactDifference[];
}

@ObjectType({ simpleResolvers: true, description: 'How one pending change would change representative plans.' })
export class RegimenImpactPreview {
  @Field(() => EditorialEntry)
  entry!: EditorialEntry;

  @Field({ description: 'False for a type plans do not compute with (citations: plans cite them, but no hold or step depends on one).' })
  affectsPlans!: boolean;

  @Field(() => Date, { description: 'The "now" of every scenario: noon UTC today; sessions are at 09:00 UTC today, or a week ahead when planned.' })
  computedAt!: Date;

  @Field(() => [ImpactScenario])
  scenarios!: ImpactScenario[];
}

import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { ArgsType, Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { MedicationKind, ScarSeverity, SkinCondition, Slot, TreatmentArea } from '../../domain/enums';
import { findTimeZone } from '../../engine';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { IsSlug } from '../slug';

const MAX_LIST = 50;
export const MIN_DEPTH_MM = 0.1;
export const MAX_DEPTH_MM = 3.5;

@ValidatorConstraint({ name: 'isTimeZone' })
class IsIanaTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && findTimeZone(value) !== null;
  }
  defaultMessage(): string {
    return '$property must be an IANA time zone name such as Europe/Berlin';
  }
}

/** The device a session was (or will be) done with, as clinics name it. */
export enum NeedlingDevice {
  ROLLER = 'ROLLER',
  PEN = 'PEN',
  STAMP = 'STAMP',
  RF = 'RF',
}

registerEnumType(NeedlingDevice, {
  name: 'NeedlingDevice',
  description: 'The device of a needling session.',
  valuesConfig: {
    ROLLER: { description: 'A dermaroller.' },
    PEN: { description: 'A motorised derma-pen: at 0.5 mm or deeper it is planned with the next deeper tier.' },
    STAMP: { description: 'A derma-stamp, pressed by hand: planned like a roller of the same needle length.' },
    RF: { description: 'Radio-frequency microneedling: the deepest tier at any needle length.' },
  },
});

@InputType({ description: 'A needling session that happened or is planned.' })
export class NeedlingSessionInput {
  @Field({ description: 'Treatment slug, e.g. professional-microneedling.' })
  @IsSlug()
  treatment!: string;

  @Field(() => DateTimeScalar)
  performedAt!: string;

  @Field(() => Float, { description: `Needle depth in mm, ${MIN_DEPTH_MM} to ${MAX_DEPTH_MM}.` })
  @Min(MIN_DEPTH_MM)
  @Max(MAX_DEPTH_MM)
  needleDepthMm!: number;

  @Field(() => NeedlingDevice, { nullable: true, description: "The device used; default: the treatment's own." })
  @IsOptional()
  @IsIn(Object.values(NeedlingDevice))
  device?: NeedlingDevice | null;
}

@InputType({ description: 'A condition with dates, so that what it holds ends when it does.' })
export class ConditionPeriodInput {
  @Field(() => SkinCondition)
  @IsIn(Object.values(SkinCondition))
  condition!: SkinCondition;

  @Field(() => DateScalar, { nullable: true, description: 'The first day; absent: before the plan.' })
  @IsOptional()
  since?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day it lasts (or is expected to); absent: ongoing.' })
  @IsOptional()
  until?: string | null;
}

@InputType({ description: 'A medicine the person takes now, or stopped on a date.' })
export class MedicationInput {
  @Field(() => MedicationKind)
  @IsIn(Object.values(MedicationKind))
  kind!: MedicationKind;

  @Field(() => DateScalar, { nullable: true, description: 'When it was stopped (not in the future); absent: taking it now.' })
  @IsOptional()
  stoppedOn?: string | null;
}

@InputType({ description: 'Which products a plan may pick.' })
export class ProductFilterInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxPriceCents?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: '$property must be a three-letter ISO 4217 code' })
  currency?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  inStockOnly?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Brand slugs; empty or absent: every brand.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @IsSlug({ each: true })
  brands?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Product slugs never to pick.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @IsSlug({ each: true })
  excludeProducts?: string[] | null;
}

@InputType()
export class RegimenInput {
  @Field(() => NeedlingSessionInput, { nullable: true, description: 'The recent session.' })
  @IsOptional()
  @ValidateNested()
  lastSession?: NeedlingSessionInput | null;

  @Field(() => NeedlingSessionInput, { nullable: true, description: 'A planned session.' })
  @IsOptional()
  @ValidateNested()
  nextSession?: NeedlingSessionInput | null;

  @Field(() => [String], { nullable: true, description: 'Scar type slugs.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @IsSlug({ each: true })
  scarTypes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Fitzpatrick skin type, 1 to 6.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6)
  fitzpatrickType?: number | null;

  @Field(() => [SkinCondition], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  conditions?: SkinCondition[] | null;

  @Field(() => Int, { nullable: true, description: 'Age in years, 1 to 120.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  age?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The latest filler or neurotoxin injection in the treated area, if any.' })
  @IsOptional()
  fillerOrNeurotoxinOn?: string | null;

  @Field(() => ScarSeverity, { nullable: true, description: 'How marked the scarring is: home rolling suits mild scars only.' })
  @IsOptional()
  @IsIn(Object.values(ScarSeverity))
  scarSeverity?: ScarSeverity | null;

  @Field(() => TreatmentArea, { nullable: true, description: 'Where the needling is done (default FACE): around the mouth, cold sores matter most.' })
  @IsOptional()
  @IsIn(Object.values(TreatmentArea))
  treatmentArea?: TreatmentArea | null;

  @Field(() => [ConditionPeriodInput], {
    nullable: true,
    description:
      'Conditions with dates (a sunburn from the 3rd to the 6th): their holds end with them, and one over before the session does not postpone it.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @ValidateNested({ each: true })
  conditionPeriods?: ConditionPeriodInput[] | null;

  @Field(() => [MedicationInput], {
    nullable: true,
    description: 'Medicines that change needling advice; isotretinoin counts until six months after it was stopped, the others while taken.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @ValidateNested({ each: true })
  medications?: MedicationInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Topical slugs in use now.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @IsSlug({ each: true })
  currentTopicals?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Product slugs in use now; their ingredients count as in use.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @IsSlug({ each: true })
  currentProducts?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: "Default: the last session's local date, else today." })
  @IsOptional()
  startDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Plan length in days, 1 to 90 (default 14).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  days?: number | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone name (default UTC).' })
  @IsOptional()
  @Validate(IsIanaTimeZone)
  timeZone?: string | null;

  @Field(() => ProductFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  productFilter?: ProductFilterInput | null;
}

@ArgsType()
export class RecommendRegimenArgs {
  @Field(() => RegimenInput)
  @ValidateNested()
  input!: RegimenInput;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Recompute the plan with the knowledge that was published at this instant (for audits and complaints); its provenance ' +
      "shows that knowledge. Products are today's catalog. Not before the first knowledge was published, not in the future.",
  })
  @IsOptional()
  asOf?: string | null;
}

@InputType({ description: 'One routine item: exactly one of topical or product.' })
export class RoutineItemInput {
  @Field(() => Slot)
  slot!: Slot;

  @Field(() => String, { nullable: true, description: 'Topical slug.' })
  @IsOptional()
  @IsSlug()
  topical?: string | null;

  @Field(() => String, { nullable: true, description: 'Product slug.' })
  @IsOptional()
  @IsSlug()
  product?: string | null;
}

@InputType()
export class RoutineInput {
  @Field(() => [RoutineItemInput])
  @ArrayMaxSize(MAX_LIST)
  @ValidateNested({ each: true })
  items!: RoutineItemInput[];
}

@ArgsType()
export class CheckRoutineArgs {
  @Field(() => RoutineInput)
  @ValidateNested()
  input!: RoutineInput;
}

// Inputs of the content mutations. An update sends the whole entry (with the version it was based
// on), so an input is the complete editable state of an entry; revisions store exactly this shape.
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { Device, EvidenceLevel, RuleKind, ScarCategory, Severity, SkinType, Slot, TopicalCategory, TreatmentSetting } from '../../domain/enums';
import { IsSlug } from '../slug';

const MAX_LIST = 100;
const NAME = 200;
const TEXT = 20_000;
const LONG_TEXT = 200_000;

function IsName(max = NAME): PropertyDecorator {
  return (target, key) => {
    MinLength(1)(target, key);
    MaxLength(max)(target, key);
  };
}

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

/** https://… (a host, no spaces), or a path on the storefront's own site (/images/…; not protocol-relative //…). */
const IMAGE_URL = /^(https:\/\/[^\s/?#]+[^\s]*|\/(?!\/)[^\s]*)$/;
/** Not a file name alone ("IMG_2041.jpg"), which says nothing about the image. */
const NOT_A_FILE_NAME = /^(?![^\s]+\.(avif|gif|jpe?g|png|svg|webp)$)/i;

@InputType({ description: 'An image: its URL, what it shows (alt text, required) and its size in pixels.' })
export class ImageInput {
  @Field({ description: 'https:// or site-relative (/images/…), up to 500 characters.' })
  @MaxLength(500)
  @Matches(IMAGE_URL, { message: '$property must be an https:// URL or a site-relative path starting with a single /' })
  url!: string;

  @Field({ description: 'What the image shows, for people who cannot see it: up to 300 characters, not a file name.' })
  @MaxLength(300)
  @Matches(/\S/, { message: '$property must describe the image (required)' })
  @Matches(NOT_A_FILE_NAME, { message: '$property must describe what the image shows, not name its file' })
  alt!: string;

  @Field(() => Int) @IsInt() @Min(1) @Max(20_000) width!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(20_000) height!: number;
}

/** An entry with images; absent, it has none. */
@InputType()
abstract class IllustratedInput {
  @Field(() => [ImageInput], { nullable: true, description: 'Images in display order, the main one first (absent: none).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  images?: ImageInput[] | null;
}

/** Meta title and description of an entry storefronts render as a page; absent, the API gives its name and summary. */
@InputType()
abstract class PageInput extends IllustratedInput {
  @Field(() => String, { nullable: true, description: 'Meta title for search engines, up to 120 characters (absent: the name or title).' })
  @IsOptional()
  @IsName(120)
  metaTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Meta description for search engines, up to 320 characters (absent: the summary).' })
  @IsOptional()
  @IsName(320)
  metaDescription?: string | null;
}

@InputType()
export class TreatmentInput extends PageInput {
  @Field() @IsSlug() slug!: string;
  @Field() @IsName() name!: string;
  @Field() @MaxLength(TEXT) summary!: string;
  @Field(() => Device) @IsIn(Object.values(Device)) device!: Device;
  @Field(() => TreatmentSetting) @IsIn(Object.values(TreatmentSetting)) setting!: TreatmentSetting;
  @Field(() => Float) @Min(0.1) @Max(3.5) needleDepthMinMm!: number;
  @Field(() => Float) @Min(0.1) @Max(3.5) needleDepthMaxMm!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(240) minutesPerSessionMin!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(240) minutesPerSessionMax!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(50) typicalSessionsMin!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(50) typicalSessionsMax!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) daysBetweenSessionsMin!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) daysBetweenSessionsMax!: number;
  @Field(() => [String]) @ArrayMaxSize(MAX_LIST) @MaxLength(TEXT, { each: true }) risks!: string[];
  @Field(() => [String]) @ArrayMaxSize(MAX_LIST) @MaxLength(TEXT, { each: true }) contraindications!: string[];
  @Field(() => [String], { description: 'Scar type slugs.' }) @ArrayMaxSize(MAX_LIST) @IsSlug({ each: true }) scarTypes!: string[];
}

@InputType()
export class ScarTypeInput {
  @Field() @IsSlug() slug!: string;
  @Field() @IsName() name!: string;
  @Field(() => ScarCategory) @IsIn(Object.values(ScarCategory)) category!: ScarCategory;
  @Field() @MaxLength(TEXT) description!: string;
  @Field() @MaxLength(TEXT) needlingResponse!: string;
  @Field(() => [String]) @ArrayMaxSize(MAX_LIST) @MaxLength(NAME, { each: true }) otherTreatments!: string[];
}

@InputType()
export class TopicalInput {
  @Field() @IsSlug() slug!: string;
  @Field() @IsName() name!: string;
  @Field(() => TopicalCategory) @IsIn(Object.values(TopicalCategory)) category!: TopicalCategory;
  @Field(() => [String]) @ArrayMaxSize(MAX_LIST) @MaxLength(NAME, { each: true }) inciAliases!: string[];
  @Field() prescriptionOnly!: boolean;
  @Field(() => [Slot]) @ArrayMinSize(1) @ArrayMaxSize(2) @IsIn(Object.values(Slot), { each: true }) allowedSlots!: Slot[];
  @Field() @MaxLength(TEXT) benefits!: string;
  @Field(() => [String], { description: 'Slugs of the scar types it helps.' })
  @ArrayMaxSize(MAX_LIST)
  @IsSlug({ each: true })
  helpsScarTypes!: string[];
}

@InputType()
export class BrandInput extends IllustratedInput {
  @Field() @IsSlug() slug!: string;
  @Field() @IsName() name!: string;
  @Field() @MaxLength(TEXT) description!: string;
}

@InputType()
export class ProductIngredientInput {
  @Field({ description: 'Topical slug.' }) @IsSlug() topical!: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0.001) @Max(100) concentrationPercent!: number | null;
}

@InputType()
export class ProductInput extends PageInput {
  @Field() @IsSlug() slug!: string;
  @Field() @IsName() name!: string;
  @Field({ description: 'Brand slug.' }) @IsSlug() brand!: string;
  @Field() @MaxLength(TEXT) description!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100_000_000) priceCents!: number;
  @Field() @Matches(/^[A-Z]{3}$/, { message: '$property must be a three-letter ISO 4217 code' }) currency!: string;
  @Field() inStock!: boolean;
  @Field(() => [SkinType]) @ArrayMaxSize(10) @IsIn(Object.values(SkinType), { each: true }) skinTypes!: SkinType[];
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) @IsUrl(URL_OPTIONS) imageUrl!: string | null;
  @Field(() => [ProductIngredientInput]) @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) ingredients!: ProductIngredientInput[];
}

@InputType()
export class ArticleInput extends PageInput {
  @Field() @IsSlug() slug!: string;
  @Field() @IsName(300) title!: string;
  @Field() @MaxLength(TEXT) summary!: string;
  @Field({ description: 'Markdown.' }) @MaxLength(LONG_TEXT) body!: string;
  @Field() @IsName() author!: string;
  @Field(() => [String], { description: 'Treatment slugs.' }) @ArrayMaxSize(MAX_LIST) @IsSlug({ each: true }) treatments!: string[];
  @Field(() => [String], { description: 'Scar type slugs.' }) @ArrayMaxSize(MAX_LIST) @IsSlug({ each: true }) scarTypes!: string[];
  @Field(() => [String], { description: 'Topical slugs.' }) @ArrayMaxSize(MAX_LIST) @IsSlug({ each: true }) topicals!: string[];
  @Field(() => [String], { description: 'Citation keys, in order.' }) @ArrayMaxSize(MAX_LIST) @IsSlug({ each: true }) citations!: string[];
}

@InputType()
export class CitationInput {
  @Field({ description: 'Stable key, kebab-case.' }) @IsSlug() key!: string;
  @Field() @IsName(1000) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) @IsUrl(URL_OPTIONS) url!: string | null;
  @Field(() => EvidenceLevel) @IsIn(Object.values(EvidenceLevel)) evidenceLevel!: EvidenceLevel;
  @Field() @MaxLength(300) source!: string;
}

@InputType()
export class CompatibilityRuleInput {
  @Field({ description: 'Stable code, e.g. wait-after/retinol/t2.' })
  @MinLength(1)
  @MaxLength(160)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, { message: '$property must be kebab-case segments separated by /' })
  code!: string;

  @Field(() => RuleKind) @IsIn(Object.values(RuleKind)) kind!: RuleKind;
  @Field(() => Severity) @IsIn(Object.values(Severity)) severity!: Severity;
  @Field() @IsName(300) title!: string;
  @Field() @MinLength(1) @MaxLength(TEXT) rationale!: string;
  @Field() @MinLength(1) @MaxLength(TEXT) management!: string;
  @Field(() => [String], { description: 'Topical slugs the rule holds or requires, preferred first.' })
  @ArrayMaxSize(MAX_LIST)
  @IsSlug({ each: true })
  subjects!: string[];
  @Field(() => [String], { description: 'PAIR_CONFLICT: topical slugs on one side.' })
  @ArrayMaxSize(MAX_LIST)
  @IsSlug({ each: true })
  pairA!: string[];
  @Field(() => [String], { description: 'PAIR_CONFLICT: topical slugs on the other side.' })
  @ArrayMaxSize(MAX_LIST)
  @IsSlug({ each: true })
  pairB!: string[];
  @Field(() => GraphQLJSONObject, {
    description: "The kind's parameters (docs/api/rule-kinds.md); read back under the same names as CompatibilityRule.kindParameters.",
  })
  parameters!: Record<string, unknown>;

  @Field(() => [String], { description: 'Citation keys, in order (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LIST)
  @IsSlug({ each: true })
  citations!: string[];
}

/** One create mutation per type: `create<Type>(input)`. */
export function createArgs<T extends object>(inputClass: new () => T) {
  @ArgsType()
  class CreateArgs {
    @Field(() => inputClass)
    @ValidateNested()
    input!: T;
  }
  return CreateArgs;
}

/** One update mutation per type: `update<Type>(id, expectedVersion, input)`. */
export function updateArgs<T extends object>(inputClass: new () => T) {
  @ArgsType()
  class UpdateArgs {
    @Field(() => ID)
    @IsUUID()
    id!: string;

    @Field(() => Int, { description: 'The version this edit is based on; a stale one gets CONFLICT.' })
    @IsInt()
    @Min(1)
    expectedVersion!: number;

    @Field(() => inputClass)
    @ValidateNested()
    input!: T;
  }
  return UpdateArgs;
}

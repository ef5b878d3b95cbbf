import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { TopicalCategory } from '../../domain/enums';
import { BidirectionalPageArgs } from '../../graphql/pagination';
import { CurrencyCodeScalar } from '../../graphql/scalars';
import { IsSlug } from '../slug';

export enum SearchResultType {
  PRODUCT = 'PRODUCT',
  ARTICLE = 'ARTICLE',
  TREATMENT = 'TREATMENT',
  TOPICAL = 'TOPICAL',
  SCAR_TYPE = 'SCAR_TYPE',
}
registerEnumType(SearchResultType, { name: 'SearchResultType', description: 'What kind of entry a search result is.' });

export enum PriceBand {
  UNDER_20 = 'UNDER_20',
  FROM_20_TO_50 = 'FROM_20_TO_50',
  FROM_50_TO_100 = 'FROM_50_TO_100',
  FROM_100 = 'FROM_100',
}
registerEnumType(PriceBand, {
  name: 'PriceBand',
  description:
    'Price range of a product in major units of a currency (euros, dollars, yen): under 20, 20 to under 50, 50 to under 100, 100 and more.',
});

/** Each band's range in major units of a currency: from `min` (inclusive) to `max` (exclusive; null: no upper end). */
export const PRICE_BANDS: readonly { band: PriceBand; min: number; max: number | null }[] = [
  { band: PriceBand.UNDER_20, min: 0, max: 20 },
  { band: PriceBand.FROM_20_TO_50, min: 20, max: 50 },
  { band: PriceBand.FROM_50_TO_100, min: 50, max: 100 },
  { band: PriceBand.FROM_100, min: 100, max: null },
];

@InputType({
  description:
    'All given criteria must hold. Criteria that only products have (brand, price band, stock) leave only products; ' +
    'topical, topical category and scar type apply to every kind of entry related to them (see the README, "Search").',
})
export class SearchFilter {
  @Field(() => [SearchResultType], { nullable: true, description: 'Only these kinds of entries (empty or absent: every kind).' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsIn(Object.values(SearchResultType), { each: true })
  types?: SearchResultType[];

  @Field(() => TopicalCategory, { nullable: true, description: 'Related to a topical of this category.' })
  @IsOptional()
  @IsIn(Object.values(TopicalCategory))
  topicalCategory?: TopicalCategory;

  @Field({
    nullable: true,
    description: 'Related to this topical (slug): products containing it, articles tagged with it, scar types it helps, itself.',
  })
  @IsOptional()
  @IsSlug()
  topical?: string;

  @Field({
    nullable: true,
    description: 'Related to this scar type (slug): products and topicals that help it, articles and treatments tagged with it, itself.',
  })
  @IsOptional()
  @IsSlug()
  scarType?: string;

  @Field({ nullable: true, description: 'Products of this brand (slug).' })
  @IsOptional()
  @IsSlug()
  brand?: string;

  @Field(() => PriceBand, {
    nullable: true,
    description: 'Products priced in this band of `currency` (default: the storefront currency); products priced in other currencies are left out.',
  })
  @IsOptional()
  @IsIn(Object.values(PriceBand))
  priceBand?: PriceBand;

  @Field(() => CurrencyCodeScalar, { nullable: true, description: 'Products priced in this currency; also the currency of `priceBand`.' })
  @IsOptional()
  currency?: string;

  @Field({ nullable: true, description: 'Products in stock (true) or out of stock (false).' })
  @IsOptional()
  @IsBoolean()
  inStock?: boolean;
}

@ArgsType()
export class SearchArgs extends BidirectionalPageArgs {
  @Field({ description: 'What the user typed: every word must match (the last one as a prefix while typing), in names, aliases or text.' })
  @Length(1, 200)
  query!: string;

  @Field(() => SearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SearchFilter;
}

import { IsIn, IsInt, IsOptional, Matches, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { TopicalCategory } from '../../domain/enums';
import { BidirectionalPageArgs } from '../../graphql/pagination';
import { CurrencyCodeScalar } from '../../graphql/scalars';
import { IsSlug } from '../slug';

export enum ProductSortField {
  NAME = 'NAME',
  PRICE = 'PRICE',
  NEWEST = 'NEWEST',
}
registerEnumType(ProductSortField, { name: 'ProductSortField' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'A price range in one currency, in its minor units (cents for EUR): both ends included.' })
export class PriceRange {
  @Field(() => CurrencyCodeScalar, { nullable: true, description: 'Default: the storefront currency (STOREFRONT_CURRENCY).' })
  @IsOptional()
  currency?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  minAmountMinor?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxAmountMinor?: number;
}

@InputType({ description: 'All given criteria must hold.' })
export class ProductFilter {
  @Field({ nullable: true, description: 'Contains this topical (slug).' })
  @IsOptional()
  @IsSlug()
  topical?: string;

  @Field(() => TopicalCategory, { nullable: true, description: 'Contains a topical of this category.' })
  @IsOptional()
  topicalCategory?: TopicalCategory;

  @Field({ nullable: true, description: 'Contains a topical that helps this scar type (slug).' })
  @IsOptional()
  @IsSlug()
  scarType?: string;

  @Field({ nullable: true, description: 'Made by this brand (slug).' })
  @IsOptional()
  @IsSlug()
  brand?: string;

  @Field(() => PriceRange, {
    nullable: true,
    description: 'Priced within this range, in its currency: products priced in other currencies are left out.',
  })
  @IsOptional()
  @ValidateNested()
  price?: PriceRange;

  @Field(() => Int, {
    nullable: true,
    deprecationReason: 'Use price: { minAmountMinor }. Compares prices in `currency`, else the storefront currency.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  minPriceCents?: number;

  @Field(() => Int, {
    nullable: true,
    deprecationReason: 'Use price: { maxAmountMinor }. Compares prices in `currency`, else the storefront currency.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxPriceCents?: number;

  @Field({ nullable: true, description: 'Priced in this currency (ISO 4217 code, e.g. EUR).' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: '$property must be a three-letter ISO 4217 code' })
  currency?: string;

  @Field({ nullable: true })
  @IsOptional()
  inStock?: boolean;
}

@InputType()
export class ProductOrder {
  @Field(() => ProductSortField)
  @IsIn(Object.values(ProductSortField))
  field!: ProductSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsIn(Object.values(SortDirection))
  direction!: SortDirection;

  @Field(() => CurrencyCodeScalar, {
    nullable: true,
    description:
      'PRICE only: the currency whose prices are sorted; products priced in other currencies are left out of the list. ' +
      "Default: the filter's currency (price.currency, else currency), else the storefront currency (STOREFRONT_CURRENCY).",
  })
  @IsOptional()
  currency?: string;
}

@ArgsType()
export class ProductsArgs extends BidirectionalPageArgs {
  @Field(() => ProductFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ProductFilter;

  @Field(() => ProductOrder, { nullable: true, description: 'Default: by name, ascending.' })
  @IsOptional()
  @ValidateNested()
  orderBy?: ProductOrder;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { StorefrontCacheable } from '../graphql/cache-control';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SkinType } from '../domain/enums';
import { Brand } from './brand.entity';
import { PageContentEntity } from './content-base';
import { searchDocument, SearchVector } from './search-vector';

@ObjectType({ simpleResolvers: true, description: 'A product in the catalog.' })
@StorefrontCacheable()
@Entity('product')
@Index('IDX_product_name_id', ['name', 'id'])
// Price lists are in one currency (src/modules/products/product.service.ts).
@Index('IDX_product_currency_price_id', ['currency', 'priceCents', 'id'])
// Published products with their brand, price and stock, for storefront search and counts (INCLUDE, created by the
// SearchAtScale migration: beyond TypeORM's index options).
@Index('IDX_product_published', { synchronize: false })
// A brand's products by name (src/modules/products/product.service.ts).
@Index('IDX_product_brand_name_id', ['brandId', 'name', 'id'])
// Published products by currency and price with their brand and stock, for counting a price range (INCLUDE, created by
// the CatalogFilterIndexes migration: beyond TypeORM's index options).
@Index('IDX_product_published_price', { synchronize: false })
@Check('CHK_product_slug', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('CHK_product_status', `status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')`)
@Check('CHK_product_price', `price_cents >= 0`)
@Check('CHK_product_currency', `currency ~ '^[A-Z]{3}$'`)
export class Product extends PageContentEntity {
  @Field()
  // Trigram index for typo-tolerant search (gin_trgm_ops: created by the AddSearch migration, which TypeORM cannot express).
  @Index('IDX_product_name_trgm', { synchronize: false })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId!: string;

  @ManyToOne(() => Brand, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Brand;

  @Field()
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => Int, { description: 'Price in the smallest unit of the currency.', deprecationReason: 'Use price { amountMinor currency }.' })
  @Column({ name: 'price_cents', type: 'int' })
  priceCents!: number;

  @Field({ description: 'ISO 4217 code.', deprecationReason: 'Use price { currency }.' })
  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Field()
  @Column({ name: 'in_stock', type: 'boolean', default: true })
  inStock!: boolean;

  @Field(() => [SkinType], { description: 'Skin types the product suits.' })
  @Column({ name: 'skin_types', type: 'text', array: true, default: () => "'{}'" })
  skinTypes!: SkinType[];

  @Field(() => String, { nullable: true, deprecationReason: 'Use images { url alt width height }.' })
  @Column({ name: 'image_url', type: 'varchar', length: 500, nullable: true })
  imageUrl!: string | null;

  /** Its own text; its topicals' names and aliases are matched at query time (src/modules/search). */
  @SearchVector('product', searchDocument({ A: 'name', C: 'description' }))
  searchVector?: string;
}

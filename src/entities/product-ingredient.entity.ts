import { Field, Float, ObjectType } from 'type-graphql';
import { InheritsCacheAge } from '../graphql/cache-control';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LINK_TABLES } from './links.entity';
import { Product } from './product.entity';
import { Topical } from './topical.entity';

@ObjectType({ simpleResolvers: true, description: 'A topical contained in a product.' })
@InheritsCacheAge()
@Entity(LINK_TABLES.productIngredient)
// By topical, then product: the products containing a topical come from the index alone (search, the catalog's topical filters).
@Index('IDX_product_ingredient_topical_product', ['topicalId', 'productId'])
@Check('CHK_product_ingredient_concentration', `concentration_percent IS NULL OR (concentration_percent > 0 AND concentration_percent <= 100)`)
export class ProductIngredient {
  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @PrimaryColumn({ name: 'topical_id', type: 'uuid' })
  topicalId!: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  @ManyToOne(() => Topical, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topical_id' })
  topical?: Topical;

  @Field(() => Float, { nullable: true })
  @Column({ name: 'concentration_percent', type: 'double precision', nullable: true })
  concentrationPercent!: number | null;
}

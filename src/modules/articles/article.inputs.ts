import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { BidirectionalPageArgs } from '../../graphql/pagination';
import { SortDirection } from '../products/product.inputs';
import { IsSlug } from '../slug';

export enum ArticleSortField {
  PUBLISHED_AT = 'PUBLISHED_AT',
  TITLE = 'TITLE',
}
registerEnumType(ArticleSortField, { name: 'ArticleSortField' });

@InputType({ description: 'Articles tagged with all given entries.' })
export class ArticleFilter {
  @Field({ nullable: true, description: 'Tagged with this treatment (slug).' })
  @IsOptional()
  @IsSlug()
  treatment?: string;

  @Field({ nullable: true, description: 'Tagged with this scar type (slug).' })
  @IsOptional()
  @IsSlug()
  scarType?: string;

  @Field({ nullable: true, description: 'Tagged with this topical (slug).' })
  @IsOptional()
  @IsSlug()
  topical?: string;
}

@InputType()
export class ArticleOrder {
  @Field(() => ArticleSortField)
  @IsIn(Object.values(ArticleSortField))
  field!: ArticleSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  @IsIn(Object.values(SortDirection))
  direction!: SortDirection;
}

@ArgsType()
export class ArticlesArgs extends BidirectionalPageArgs {
  @Field(() => ArticleFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ArticleFilter;

  @Field(() => ArticleOrder, { nullable: true, description: 'Default: newest first.' })
  @IsOptional()
  @ValidateNested()
  orderBy?: ArticleOrder;
}

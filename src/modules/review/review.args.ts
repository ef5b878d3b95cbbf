import { ArrayMaxSize, IsIn, IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { BidirectionalPageArgs } from '../../graphql/pagination';
import { ContentType } from '../editorial/content-type';

@ArgsType()
export class ReviewQueueArgs extends BidirectionalPageArgs {
  @Field(() => [ContentType], { nullable: true, description: 'Only these types (each must need a sign-off); left out: all of them.' })
  @IsOptional()
  @ArrayMaxSize(Object.keys(ContentType).length)
  @IsIn(Object.values(ContentType), { each: true })
  types?: ContentType[] | null;
}

@ArgsType()
export class ImpactPreviewArgs {
  @Field(() => ContentType)
  @IsIn(Object.values(ContentType))
  type!: ContentType;

  @Field(() => ID)
  @IsUUID()
  id!: string;
}

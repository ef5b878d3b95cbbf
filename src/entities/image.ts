import { Field, Int, ObjectType } from 'type-graphql';
import { InheritsCacheAge } from '../graphql/cache-control';

/** An image of an entry, stored in the entry's `images` column (JSON, in display order). */
@ObjectType({ simpleResolvers: true, description: 'An image with its alt text and size, for <img alt width height>.' })
@InheritsCacheAge()
export class Image {
  @Field({ description: 'https:// or site-relative (/images/…).' })
  url!: string;

  @Field({ description: 'What the image shows, for people who cannot see it.' })
  alt!: string;

  @Field(() => Int, { description: 'Pixels.' })
  width!: number;

  @Field(() => Int, { description: 'Pixels.' })
  height!: number;
}

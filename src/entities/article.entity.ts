import { Field, ObjectType } from 'type-graphql';
import { StorefrontCacheable } from '../graphql/cache-control';
import { Check, Column, Entity, Index } from 'typeorm';
import { PageContentEntity } from './content-base';
import { searchDocument, SearchVector } from './search-vector';

@ObjectType({ simpleResolvers: true, description: 'An editorial article.' })
@StorefrontCacheable()
@Entity('article')
@Check('CHK_article_slug', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('CHK_article_status', `status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')`)
// The storefront's newest-first order (an expression index: created by its migration, which TypeORM cannot express).
@Index('IDX_article_published_order', { synchronize: false })
export class Article extends PageContentEntity {
  @Field()
  // Trigram index for typo-tolerant search (gin_trgm_ops: created by the AddSearch migration, which TypeORM cannot express).
  @Index('IDX_article_title_trgm', { synchronize: false })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field()
  @Column({ type: 'text' })
  summary!: string;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text' })
  body!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  author!: string;

  @SearchVector('article', searchDocument({ A: 'title', C: 'summary', D: "body || ' ' || author" }))
  searchVector?: string;
}

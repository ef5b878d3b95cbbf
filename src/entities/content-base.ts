import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, DeleteDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { PublicationStatus } from '../domain/enums';
import { Image } from './image';

/**
 * Columns every editable entry shares: identity, publication state, optimistic-lock version and
 * soft deletion. Storefronts only ever see PUBLISHED rows that are not deleted.
 */
@ObjectType({ simpleResolvers: true })
export abstract class ContentEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => PublicationStatus)
  @Column({ type: 'varchar', length: 20, default: PublicationStatus.DRAFT })
  status!: PublicationStatus;

  @Field(() => Date, { nullable: true, description: 'When it was first published.' })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** When its live version was last published; the row's updatedAt also moves with drafts saved on it. */
  @Column({ name: 'last_published_at', type: 'timestamptz', nullable: true })
  lastPublishedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /**
   * Edits made to a PUBLISHED entry, in the shape of its input: storefronts keep seeing the
   * published columns until the draft is published (for rules: signed off by a reviewer).
   */
  @Column({ name: 'pending_draft', type: 'jsonb', nullable: true })
  pendingDraft!: Record<string, unknown> | null;

  /** The staff user who made the last change (the knowledge import's actor id for shipped knowledge; null for the demo catalog). */
  @Column({ name: 'last_edited_by', type: 'uuid', nullable: true })
  lastEditedById!: string | null;
}

/** A content entry with a public, unique, URL-safe identifier. */
@ObjectType({ simpleResolvers: true })
export abstract class SluggedContentEntity extends ContentEntity {
  @Field()
  @Column({ type: 'varchar', length: 120, unique: true })
  slug!: string;
}

/** An entry with images, in display order (one JSON column: they are read with the entry and kept in its revisions). */
@ObjectType({ simpleResolvers: true })
export abstract class IllustratedContentEntity extends SluggedContentEntity {
  @Field(() => [Image], { description: 'In display order; the first is the main one.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  images!: Image[];
}

/**
 * An entry storefronts render as a page of its own: optional meta title and description (the API
 * falls back to its name and summary), and an old slug that still finds it (slug history, kept by
 * a trigger: see the SeoAndSlugHistory migration).
 */
@ObjectType({ simpleResolvers: true })
export abstract class PageContentEntity extends IllustratedContentEntity {
  @Column({ name: 'meta_title', type: 'varchar', length: 120, nullable: true })
  metaTitle!: string | null;

  @Column({ name: 'meta_description', type: 'varchar', length: 320, nullable: true })
  metaDescription!: string | null;

  /** Set when the entry was found by an old slug of its own (not a column). */
  @Field(() => String, {
    nullable: true,
    description: 'The slug this entry was asked for when it is an old one: redirect to `slug` (permanently). Null when asked by its current slug.',
  })
  redirectFrom?: string | null;
}

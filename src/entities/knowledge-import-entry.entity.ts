import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What the knowledge import last did with one shipped entry, so the next import can tell a change
 * in the files from a change editors made in the database (see src/modules/knowledge/knowledge-import.ts).
 */
@Entity('knowledge_import_entry')
export class KnowledgeImportEntry {
  @PrimaryColumn({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType!: string;

  /** The entry's slug, key or code. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId!: string | null;

  /** The shipped version last considered (applied, or reported as a divergence). */
  @Column({ type: 'int' })
  version!: number;

  /** Hash of that shipped entry: a different one means the files changed. */
  @Column({ name: 'shipped_hash', type: 'varchar', length: 64 })
  shippedHash!: string;

  /** Hash of the entry's editable state as the import left it; null when the import could not write it. */
  @Column({ name: 'written_hash', type: 'varchar', length: 64, nullable: true })
  writtenHash!: string | null;

  /** Why the shipped version was not applied: EDITED or DELETED by editors; null when it was. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  divergence!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

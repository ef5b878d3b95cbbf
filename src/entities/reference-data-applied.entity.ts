import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per reference-data entry ever loaded. An entry is inserted only once, so restarts never
 * duplicate rows, never overwrite editors' changes and never resurrect entries editors deleted.
 */
@Entity('reference_data_applied')
export class ReferenceDataApplied {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @CreateDateColumn({ name: 'applied_at', type: 'timestamptz' })
  appliedAt!: Date;
}

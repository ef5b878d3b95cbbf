// Brings the shipped knowledge (shipped-knowledge.ts) into the database through the editorial
// workflow, as the knowledge import actor, so every change has its revision, audit entry and
// webhook like an editor's:
// - on an empty database the shipped knowledge is published (it was reviewed in the repository);
// - afterwards an entry new in the files arrives as a draft, and a changed one as a pending draft,
//   each waiting for a reviewer's sign-off; storefronts and plans keep what is published;
// - an entry editors changed or deleted since the import last wrote it is left alone, and the
//   divergence is recorded (the `knowledgeImportDivergences` query) and logged.
// A database whose knowledge was loaded before imports existed (rows without revisions) gets a
// baseline revision for each published entry first, so provenance and replay can read its history.
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { compareText } from '../../engine';
import { KnowledgeImportEntry, ReferenceDataApplied } from '../../entities';
import { ContentEntity } from '../../entities/content-base';
import { KNOWLEDGE_IMPORT_ACTOR } from '../editorial/actor';
import { AUDIT_SUCCESS, recordAudit } from '../editorial/audit';
import { AuditedTransactions } from '../editorial/audited-transactions';
import { CONTENT_DESCRIPTORS } from '../editorial/content-types';
import { ContentType } from '../editorial/content-type';
import { EditorialWorkflow } from '../editorial/editorial-workflow';
import { entryState, EntryState, keyOfEntry, loadEntry } from '../editorial/entries';
import { KNOWLEDGE_TYPES, KnowledgeType } from './knowledge-schema';
import { KnowledgeDivergence } from './knowledge.types';
import { ShippedEntry } from './shipped-knowledge';

// Serialises imports of several instances starting against one database at the same time.
const KNOWLEDGE_IMPORT_LOCK = 727_002;

/** What the import does (or, in a dry run, would do) with one shipped entry. */
export enum ImportAction {
  /** Empty database: created and published. */
  PUBLISH = 'PUBLISH',
  /** New in the files: created as a draft for a reviewer to publish. */
  DRAFT = 'DRAFT',
  /** Changed in the files: the change waits as a pending draft for a reviewer to publish. */
  PENDING_CHANGE = 'PENDING_CHANGE',
  /** Already in the database as shipped: only recorded. */
  ALREADY_PRESENT = 'ALREADY_PRESENT',
  /** Changed in the files, but editors changed the entry too: left as they have it. */
  DIVERGED_EDITED = 'DIVERGED_EDITED',
  /** Changed or new in the files, but editors deleted the entry: not brought back. */
  DIVERGED_DELETED = 'DIVERGED_DELETED',
}

export interface ImportStep {
  action: ImportAction;
  entry: ShippedEntry;
  entityId: string | null;
  /** The shipped version the import last applied, if any. */
  previousVersion: number | null;
}

export interface KnowledgeImportResult {
  /** Entries whose files changed since the last import (or all, the first time); unchanged ones are left out. */
  steps: ImportStep[];
  /** Published entries that got a baseline revision (a database from before imports). */
  baselines: number;
  dryRun: boolean;
}

const DIVERGENCES: Partial<Record<ImportAction, KnowledgeDivergence>> = {
  [ImportAction.DIVERGED_EDITED]: KnowledgeDivergence.EDITED,
  [ImportAction.DIVERGED_DELETED]: KnowledgeDivergence.DELETED,
};

/** The prefixes the former loader gave each type in `reference_data_applied`. */
const LEGACY_PREFIXES: Record<KnowledgeType, string> = {
  [ContentType.CITATION]: 'citation',
  [ContentType.SCAR_TYPE]: 'scar-type',
  [ContentType.TREATMENT]: 'treatment',
  [ContentType.TOPICAL]: 'topical',
  [ContentType.COMPATIBILITY_RULE]: 'rule',
};

export class KnowledgeImporter {
  private readonly workflow: EditorialWorkflow;

  constructor(private readonly dataSource: DataSource) {
    // Its steps run in the import's own transaction; no mutation listeners exist before the server starts.
    this.workflow = new EditorialWorkflow(new AuditedTransactions(dataSource));
  }

  /** Imports `entries` in one transaction (nothing is half-imported); a dry run writes nothing. */
  async run(entries: ShippedEntry[], options: { dryRun: boolean }): Promise<KnowledgeImportResult> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [KNOWLEDGE_IMPORT_LOCK]);
      const shippedByKey = new Map(entries.map((entry) => [`${entry.type}:${entry.key}`, entry]));
      const baselines = await recordBaselines(manager, shippedByKey, options.dryRun);
      const steps = await this.plan(manager, entries);
      if (!options.dryRun) {
        for (const step of steps) await this.apply(manager, step);
      }
      return { steps, baselines, dryRun: options.dryRun };
    });
  }

  private async plan(manager: EntityManager, entries: ShippedEntry[]): Promise<ImportStep[]> {
    const states = new Map((await manager.find(KnowledgeImportEntry)).map((state) => [`${state.entityType}:${state.key}`, state]));
    const legacyKeys = new Set((await manager.find(ReferenceDataApplied)).map((row) => row.key));
    const existing = new Map<string, ContentEntity>();
    for (const type of KNOWLEDGE_TYPES) {
      const d = CONTENT_DESCRIPTORS[type];
      for (const entity of await manager.getRepository(d.entity).find({ withDeleted: true }))
        existing.set(`${type}:${keyOfEntry(d, entity)}`, entity);
    }
    const emptyDatabase = states.size === 0 && existing.size === 0;

    const steps: ImportStep[] = [];
    for (const entry of entries) {
      const id = `${entry.type}:${entry.key}`;
      const state = states.get(id);
      const shippedHash = hashOf(entry.input);
      if (state?.shippedHash === shippedHash) continue;
      const entity = existing.get(id) ?? null;
      const step = (action: ImportAction): ImportStep => ({ action, entry, entityId: entity?.id ?? null, previousVersion: state?.version ?? null });

      if (!entity) {
        if (state || legacyKeys.has(`${LEGACY_PREFIXES[entry.type]}:${entry.key}`)) steps.push(step(ImportAction.DIVERGED_DELETED));
        else steps.push(step(emptyDatabase ? ImportAction.PUBLISH : ImportAction.DRAFT));
        continue;
      }
      if (entity.deletedAt) {
        steps.push(step(ImportAction.DIVERGED_DELETED));
        continue;
      }
      const current = hashOf((await entryState(manager, CONTENT_DESCRIPTORS[entry.type], entity)).draft);
      if (current === shippedHash) steps.push(step(ImportAction.ALREADY_PRESENT));
      else if (state && current === state.writtenHash) steps.push(step(ImportAction.PENDING_CHANGE));
      else steps.push(step(ImportAction.DIVERGED_EDITED));
    }
    return steps;
  }

  private async apply(manager: EntityManager, step: ImportStep): Promise<void> {
    const { entry } = step;
    const d = CONTENT_DESCRIPTORS[entry.type];
    const actor = KNOWLEDGE_IMPORT_ACTOR;
    let written: EntryState | null = null;
    switch (step.action) {
      case ImportAction.PUBLISH: {
        const created = await this.workflow.createEntry(manager, d, entry.input, actor);
        const published = await this.workflow.changePublication(manager, d, created.entity.id, created.entity.version, null, actor, 'PUBLISH');
        written = published.kind === 'applied' ? published.entry : created;
        break;
      }
      case ImportAction.DRAFT:
        written = await this.workflow.createEntry(manager, d, entry.input, actor);
        break;
      case ImportAction.PENDING_CHANGE: {
        const entity = await loadEntry(manager, d, step.entityId!);
        written = await this.workflow.applyEdit(manager, d, entity.id, entity.version, entry.input, actor, 'UPDATE');
        break;
      }
      default:
        break;
    }
    if (written) {
      await recordAudit(manager, {
        actor,
        action: `importKnowledge:${step.action}`,
        entityType: d.type,
        entityId: written.entity.id,
        outcome: AUDIT_SUCCESS,
        requestId: null,
      });
    }
    const divergence = DIVERGENCES[step.action] ?? null;
    const diverged = divergence !== null;
    const previous = await manager.findOneBy(KnowledgeImportEntry, { entityType: entry.type, key: entry.key });
    await manager.save(KnowledgeImportEntry, {
      entityType: entry.type,
      key: entry.key,
      entityId: written?.entity.id ?? step.entityId,
      version: entry.version,
      shippedHash: hashOf(entry.input),
      // What editors would have to leave untouched for the next change in the files to apply.
      writtenHash: written ? hashOf(written.draft) : diverged ? (previous?.writtenHash ?? null) : hashOf(entry.input),
      divergence,
    });
  }
}

/** How many steps of each action, for logs and the command line. */
export function countByAction(steps: ImportStep[]): Partial<Record<ImportAction, number>> {
  const counts: Partial<Record<ImportAction, number>> = {};
  for (const step of steps) counts[step.action] = (counts[step.action] ?? 0) + 1;
  return counts;
}

/**
 * A baseline PUBLISH-like revision for each published knowledge entry whose first publication
 * left none (loaded before imports existed): dated when it was published, with the content it was
 * published with: its current content if it was never republished since, else the shipped entry.
 */
async function recordBaselines(manager: EntityManager, shippedByKey: Map<string, ShippedEntry>, dryRun: boolean): Promise<number> {
  let count = 0;
  for (const type of KNOWLEDGE_TYPES) {
    const d = CONTENT_DESCRIPTORS[type];
    const rows: { id: string; firstPublication: Date | null; firstVersion: number | null }[] = await manager.query(
      `SELECT e.id,
         (SELECT min(r.created_at) FROM revision r WHERE r.entity_id = e.id AND r.action IN ('PUBLISH', 'BASELINE')) AS "firstPublication",
         (SELECT min(r.version) FROM revision r WHERE r.entity_id = e.id) AS "firstVersion"
       FROM ${d.table} e WHERE e.published_at IS NOT NULL`,
    );
    const missing = rows.filter((row) => row.firstPublication === null);
    count += missing.length;
    if (dryRun) continue;
    for (const row of missing) {
      const entity = await loadEntry(manager, d, row.id, { withDeleted: true });
      const republished = row.firstVersion !== null;
      const shipped = shippedByKey.get(`${type}:${keyOfEntry(d, entity)}`);
      const snapshot = republished && shipped ? shipped.input : await d.read(manager, entity);
      await manager.query(
        `INSERT INTO revision (entity_type, entity_id, version, action, actor_id, changed_fields, snapshot, status, created_at)
         VALUES ($1, $2, $3, 'BASELINE', $4, '{}', $5, 'PUBLISHED', $6)`,
        [type, entity.id, republished ? row.firstVersion! - 1 : entity.version, KNOWLEDGE_IMPORT_ACTOR.id, snapshot, entity.publishedAt],
      );
    }
  }
  return count;
}

/** Order-independent hash of an entry's editable state (keys sorted at every level). */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// Reads the clinical knowledge files synchronously and checks what needs no API: each file parses as
// YAML, each entry has its type's shape (knowledge-schema.ts), keys are unique and every entry named
// by another is shipped. readShippedKnowledge adds the API's own checks; the engine's test fixtures
// and bench read the files with this alone, so they plan with the knowledge that ships.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { CONTENT_DESCRIPTORS } from '../editorial/content-types';
import { ContentType } from '../editorial/content-type';
import { KNOWLEDGE_SCHEMAS, KNOWLEDGE_TYPES, KnowledgeType } from './knowledge-schema';

/** One entry of the shipped knowledge, as the editorial workflow takes it. */
export interface ShippedEntry {
  type: KnowledgeType;
  key: string;
  version: number;
  /** The entry's editorial input (everything but its version). */
  input: Record<string, unknown>;
  /** Where it is written, relative to the knowledge folder's parent (`knowledge/rules/stop-before.yaml`). */
  file: string;
}

export interface KnowledgeProblem {
  file: string;
  /** The entry's key, or its position when it has none. */
  entry: string | null;
  field: string | null;
  message: string;
}

/** The shipped knowledge cannot be used; start-up stops with this. */
export class KnowledgeFileError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(
      `The shipped knowledge has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}${p.entry ? `, entry "${p.entry}"` : ''}${p.field ? `, field "${p.field}"` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'KnowledgeFileError';
  }
}

/** Which files hold which type: a file name, or a folder whose every `.yaml` file holds that type. */
const LAYOUT: { type: KnowledgeType; file?: string; folder?: string }[] = [
  { type: ContentType.CITATION, file: 'citations.yaml' },
  { type: ContentType.SCAR_TYPE, file: 'scar-types.yaml' },
  { type: ContentType.TREATMENT, file: 'treatments.yaml' },
  { type: ContentType.TOPICAL, file: 'topicals.yaml' },
  { type: ContentType.COMPATIBILITY_RULE, folder: 'rules' },
];

/** Fields naming other entries, and the type they name. */
const REFERENCES: { type: KnowledgeType; field: string; target: KnowledgeType }[] = [
  { type: ContentType.TREATMENT, field: 'scarTypes', target: ContentType.SCAR_TYPE },
  { type: ContentType.TOPICAL, field: 'helpsScarTypes', target: ContentType.SCAR_TYPE },
  { type: ContentType.COMPATIBILITY_RULE, field: 'subjects', target: ContentType.TOPICAL },
  { type: ContentType.COMPATIBILITY_RULE, field: 'pairA', target: ContentType.TOPICAL },
  { type: ContentType.COMPATIBILITY_RULE, field: 'pairB', target: ContentType.TOPICAL },
  { type: ContentType.COMPATIBILITY_RULE, field: 'citations', target: ContentType.CITATION },
];

/**
 * Every entry of the knowledge in `folder` whose file and shape are right, in import order
 * (citations, scar types, treatments, topicals, rules), with every problem found.
 */
export function knowledgeInFiles(folder: string): { entries: ShippedEntry[]; problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  const entries: ShippedEntry[] = [];
  const shownAs = (file: string) => path.join(path.basename(folder), path.relative(folder, file));

  for (const { type, file, folder: subfolder } of LAYOUT) {
    const files = file ? [path.join(folder, file)] : yamlFilesIn(path.join(folder, subfolder!));
    for (const absolute of files) {
      const where = shownAs(absolute);
      if (!fs.existsSync(absolute)) {
        problems.push({ file: where, entry: null, field: null, message: 'the file is missing' });
        continue;
      }
      entries.push(...entriesOf(type, absolute, where, problems));
    }
  }
  problems.push(...duplicateKeys(entries));
  // Only once every entry could be read: a broken file would otherwise show again as every reference to it.
  if (problems.length === 0) problems.push(...missingReferences(entries));
  return { entries, problems };
}

/** The entries of the knowledge in `folder` as knowledgeInFiles reads them; throws KnowledgeFileError listing every problem. */
export function readKnowledgeFiles(folder: string): ShippedEntry[] {
  const { entries, problems } = knowledgeInFiles(folder);
  if (problems.length > 0) throw new KnowledgeFileError(problems);
  return entries;
}

function yamlFilesIn(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(folder, name));
}

function entriesOf(type: KnowledgeType, file: string, where: string, problems: KnowledgeProblem[]): ShippedEntry[] {
  const document = parseDocument(fs.readFileSync(file, 'utf8'), { uniqueKeys: true });
  if (document.errors.length > 0) {
    problems.push(...document.errors.map((error) => ({ file: where, entry: null, field: null, message: error.message })));
    return [];
  }
  const items: unknown = document.toJS();
  if (!Array.isArray(items)) {
    problems.push({ file: where, entry: null, field: null, message: 'the file must be a list of entries' });
    return [];
  }
  const keyColumn = CONTENT_DESCRIPTORS[type].keyColumn;
  const entries: ShippedEntry[] = [];
  for (const [index, item] of items.entries()) {
    const keyValue = (item as Record<string, unknown> | null)?.[keyColumn];
    const entry = typeof keyValue === 'string' ? keyValue : `#${index + 1}`;
    const parsed = KNOWLEDGE_SCHEMAS[type].safeParse(item);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => ({ file: where, entry, field: issue.path.join('.') || null, message: issue.message })));
      continue;
    }
    const { version, ...input } = parsed.data as { version: number } & Record<string, unknown>;
    entries.push({ type, key: entry, version, input, file: where });
  }
  return entries;
}

function duplicateKeys(entries: ShippedEntry[]): KnowledgeProblem[] {
  const seen = new Map<string, ShippedEntry>();
  const problems: KnowledgeProblem[] = [];
  for (const entry of entries) {
    const id = `${entry.type}:${entry.key}`;
    const first = seen.get(id);
    if (first) {
      const field = CONTENT_DESCRIPTORS[entry.type].keyColumn;
      problems.push({ file: entry.file, entry: entry.key, field, message: `the key is already used in ${first.file}` });
    } else seen.set(id, entry);
  }
  return problems;
}

function missingReferences(entries: ShippedEntry[]): KnowledgeProblem[] {
  const keys = new Map<KnowledgeType, Set<string>>(KNOWLEDGE_TYPES.map((type) => [type, new Set()]));
  for (const entry of entries) keys.get(entry.type)!.add(entry.key);
  return entries.flatMap((entry) =>
    REFERENCES.filter((reference) => reference.type === entry.type).flatMap(({ field, target }) =>
      (entry.input[field] as string[]).flatMap((key, index) =>
        keys.get(target)!.has(key)
          ? []
          : [
              {
                file: entry.file,
                entry: entry.key,
                field: `${field}[${index}]`,
                message: `no ${CONTENT_DESCRIPTORS[target].label} "${key}" is shipped`,
              },
            ],
      ),
    ),
  );
}

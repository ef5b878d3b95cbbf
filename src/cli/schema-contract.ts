// The published GraphQL contract (schema/baseline.graphql) and its changelog (schema/CHANGELOG.md):
// `npm run check:schema` fails when the code's schema breaks the contract, or when the baseline was
// changed without the changelog entry `npm run schema:publish` writes. Changes are classified by
// GraphQL Inspector (breaking, dangerous, safe).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** schema/ of the checkout, seen from the compiled scripts (dist/src/cli). */
const SCHEMA_DIR = path.resolve(__dirname, '../../..', 'schema');
export const CONTRACT_FILES = { baseline: path.join(SCHEMA_DIR, 'baseline.graphql'), changelog: path.join(SCHEMA_DIR, 'CHANGELOG.md') };

export interface SchemaChanges {
  /** Would break a client written against the baseline (a field removed, an argument made required, ...). */
  breaking: Change[];
  /** Could change what existing clients see (an enum value added, a default changed, ...). */
  dangerous: Change[];
  safe: Change[];
}

export async function schemaChanges(baselineSdl: string, currentSdl: string): Promise<SchemaChanges> {
  const changes = await diff(buildSchema(baselineSdl), buildSchema(currentSdl));
  const level = (wanted: CriticalityLevel) => changes.filter((change) => change.criticality.level === wanted);
  return { breaking: level(CriticalityLevel.Breaking), dangerous: level(CriticalityLevel.Dangerous), safe: level(CriticalityLevel.NonBreaking) };
}

/** Names a baseline in the changelog: the first 12 hex digits of its SHA-256. */
export function baselineFingerprint(sdl: string): string {
  return createHash('sha256').update(sdl).digest('hex').slice(0, 12);
}

/** Each changelog entry starts with `## <date>: baseline <fingerprint>`, newest first. */
const ENTRY_HEADING = /^## (\d{4}-\d{2}-\d{2}): baseline ([0-9a-f]{12})$/m;

/** The fingerprint of the baseline that the newest changelog entry records; null without an entry. */
export function recordedFingerprint(changelog: string): string | null {
  return ENTRY_HEADING.exec(changelog)?.[2] ?? null;
}

export interface ContractCheck {
  /** Each fails the check. */
  problems: string[];
  /** Worth knowing, but no failure. */
  notes: string[];
}

export async function checkContract(files: { baseline: string; changelog: string; current: string }): Promise<ContractCheck> {
  const problems: string[] = [];
  const notes: string[] = [];
  const fingerprint = baselineFingerprint(files.baseline);
  const recorded = recordedFingerprint(files.changelog);
  if (recorded !== fingerprint) {
    problems.push(
      `schema/baseline.graphql (baseline ${fingerprint}) is not the one the newest entry of schema/CHANGELOG.md records (${recorded ?? 'none'}): ` +
        'change the baseline only with `npm run schema:publish -- "<why>"`, which records the change',
    );
  }
  const changes = await schemaChanges(files.baseline, files.current);
  if (changes.breaking.length > 0) {
    problems.push(
      [
        `The schema breaks the published contract (schema/baseline.graphql) in ${changes.breaking.length} place(s):`,
        ...changes.breaking.map(describe),
        'Deprecate (@deprecated) instead of removing or changing, and remove only once clients have moved. If the break is intended,',
        'publish it in the same change: `npm run schema:publish -- --breaking "<why, and what clients must do>"`.',
      ].join('\n'),
    );
  }
  if (changes.dangerous.length > 0) notes.push(['Changes that existing clients may notice:', ...changes.dangerous.map(describe)].join('\n'));
  if (changes.safe.length > 0) notes.push(`${changes.safe.length} safe change(s) not yet in the baseline; \`npm run schema:publish\` records them.`);
  return { problems, notes };
}

function describe(change: Change): string {
  return `  - ${change.message}${change.criticality.reason ? ` (${change.criticality.reason})` : ''}`;
}

export class PublishError extends Error {}

/**
 * The changelog with a new entry (newest first) for publishing `current` as the baseline: why,
 * and every change from the previous baseline. Breaking changes must be acknowledged.
 */
export async function publishedChangelog(input: {
  baseline: string;
  changelog: string;
  current: string;
  why: string;
  breakingAcknowledged: boolean;
  date: Date;
}): Promise<string> {
  if (input.why.trim() === '') throw new PublishError('Say why the contract changes: npm run schema:publish -- "<why>"');
  if (baselineFingerprint(input.current) === baselineFingerprint(input.baseline))
    throw new PublishError('The schema is the published baseline already');
  const changes = await schemaChanges(input.baseline, input.current);
  if (changes.breaking.length > 0 && !input.breakingAcknowledged) {
    throw new PublishError(
      [
        `This would publish ${changes.breaking.length} breaking change(s):`,
        ...changes.breaking.map(describe),
        'Deprecate first where you can; to publish them anyway, add --breaking.',
      ].join('\n'),
    );
  }
  const section = (title: string, list: Change[]) => (list.length > 0 ? [`${title}:`, '', ...list.map((change) => `- ${change.message}`), ''] : []);
  const entry = [
    `## ${input.date.toISOString().slice(0, 10)}: baseline ${baselineFingerprint(input.current)}`,
    '',
    input.why.trim(),
    '',
    ...section('Breaking', changes.breaking),
    ...section('Dangerous', changes.dangerous),
    ...section('Safe', changes.safe),
  ].join('\n');
  const firstEntry = input.changelog.search(/^## /m);
  if (firstEntry < 0) return `${input.changelog.trimEnd()}\n\n${entry}`;
  return `${input.changelog.slice(0, firstEntry)}${entry}\n${input.changelog.slice(firstEntry)}`;
}

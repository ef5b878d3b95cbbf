// Reads the clinical knowledge shipped in the top-level `knowledge/` folder (YAML, one file per
// content type, rules in several files under `rules/`) and checks it the way editors' input is
// checked: the files, shapes and references (knowledge-files.ts), then each entry against the API's
// field constraints and its type's own check (for rules, the engine's compiler). Any problem names
// file, entry and field.
import { validate, ValidationError } from 'class-validator';
import { CONTENT_DESCRIPTORS } from '../editorial/content-types';
import { KnowledgeFileError, knowledgeInFiles, KnowledgeProblem, ShippedEntry } from './knowledge-files';

export { KnowledgeFileError } from './knowledge-files';
export type { KnowledgeProblem, ShippedEntry } from './knowledge-files';

/**
 * Every entry of the knowledge in `folder`, in import order (citations, scar types, treatments,
 * topicals, rules); throws KnowledgeFileError listing every problem found.
 */
export async function readShippedKnowledge(folder: string): Promise<ShippedEntry[]> {
  const { entries, problems } = knowledgeInFiles(folder);
  for (const entry of entries) problems.push(...(await apiProblemsOf(entry)));
  if (problems.length > 0) throw new KnowledgeFileError(problems);
  return entries;
}

/** The API's own checks of an entry's input: field constraints, then the type's (for rules, the engine's compiler). */
async function apiProblemsOf({ type, key, input, file }: ShippedEntry): Promise<KnowledgeProblem[]> {
  const d = CONTENT_DESCRIPTORS[type];
  const constraintProblems = flatten(await validate(Object.assign(new d.inputClass(), input)));
  const typeProblems = d.check(input).map((problem) => ({ field: problem.field.replace(/^input\./, ''), message: problem.message }));
  return [...constraintProblems, ...typeProblems].map((problem) => ({ file, entry: key, ...problem }));
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}).map((message) => ({ field: `${prefix}${error.property}`, message })),
    ...flatten(error.children ?? [], `${prefix}${error.property}.`),
  ]);
}

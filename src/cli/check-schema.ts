// npm run check:schema (CI): the code's schema against the published contract (see schema-contract.ts).
import 'reflect-metadata';
import fs from 'node:fs';
import { buildAppSchema, printAppSchema } from '../graphql/schema';
import { checkContract, CONTRACT_FILES } from './schema-contract';

async function main(): Promise<void> {
  const result = await checkContract({
    baseline: fs.readFileSync(CONTRACT_FILES.baseline, 'utf8'),
    changelog: fs.readFileSync(CONTRACT_FILES.changelog, 'utf8'),
    current: printAppSchema(await buildAppSchema()),
  });
  for (const note of result.notes) console.log(note);
  for (const problem of result.problems) console.error(problem);
  if (result.problems.length > 0) process.exitCode = 1;
  else console.log('The schema keeps the published contract (schema/baseline.graphql).');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

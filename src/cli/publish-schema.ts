// npm run schema:publish -- [--breaking] "<why>": makes the code's schema the published contract
// (schema/baseline.graphql) and records the change in schema/CHANGELOG.md (see schema-contract.ts).
import 'reflect-metadata';
import fs from 'node:fs';
import { buildAppSchema, printAppSchema } from '../graphql/schema';
import { CONTRACT_FILES, publishedChangelog, PublishError } from './schema-contract';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const current = printAppSchema(await buildAppSchema());
  const changelog = await publishedChangelog({
    baseline: fs.readFileSync(CONTRACT_FILES.baseline, 'utf8'),
    changelog: fs.readFileSync(CONTRACT_FILES.changelog, 'utf8'),
    current,
    why: args.filter((arg) => arg !== '--breaking').join(' '),
    breakingAcknowledged: args.includes('--breaking'),
    date: new Date(),
  });
  fs.writeFileSync(CONTRACT_FILES.baseline, current);
  fs.writeFileSync(CONTRACT_FILES.changelog, changelog);
  console.log(`Published: wrote ${CONTRACT_FILES.baseline} and an entry in ${CONTRACT_FILES.changelog}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof PublishError ? error.message : error);
  process.exit(1);
});

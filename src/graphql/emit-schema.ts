// Writes schema/schema.graphql from the code (npm run schema:emit); a test fails when they differ.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printAppSchema } from './schema';

export const SCHEMA_FILE = path.resolve(__dirname, '../../..', 'schema', 'schema.graphql');

buildAppSchema()
  .then((schema) => {
    fs.writeFileSync(SCHEMA_FILE, printAppSchema(schema));
    console.log(`Wrote ${SCHEMA_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });

import fs from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printAppSchema } from '../../src/graphql/schema';

describe('committed schema', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing the API)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(printAppSchema(await buildAppSchema())).toEqual(committed);
  });
});

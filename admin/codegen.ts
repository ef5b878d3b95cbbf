// GraphQL Code Generator: typed documents for the console's operations, from the committed schema.
// `npm run admin:codegen` writes src/gql/ (committed); the build runs it too, so a document that no
// longer matches the schema fails `npm run build`, and a stale src/gql/ shows in `git diff`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;

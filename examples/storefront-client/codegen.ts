// GraphQL Code Generator: typed documents for this client's operations, from the committed schema.
// `npm run examples:codegen` writes src/gql/; `npm run check:examples` fails when it is out of date
// or when the client no longer type-checks against the schema.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as strings with their types attached: any fetch can send them, no GraphQL runtime needed.
        documentMode: 'string',
        // Only the enums and inputs the operations use, so additions elsewhere in the schema leave the output alone.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', CurrencyCode: 'string' },
      },
    },
  },
};

export default config;

// ESLint flat config: JavaScript's and typescript-eslint's recommended rules with type information
// (the project service reads tsconfig.json), so that the rules which need types catch promises
// nobody awaits or handles (no-floating-promises, no-misused-promises, await-thenable), `any`
// leaking into typed code (no-unsafe-*), and assertions that do nothing.
// Formatting is Prettier's job (`npm run format:check`): eslint-config-prettier comes last and turns
// off every rule that would disagree with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // The example client's generated documents (GraphQL Code Generator) are checked by tsc (npm run check:examples).
  // So are the console's (npm run admin:codegen; tsc checks them with the console in `npm run typecheck`).
  globalIgnores(['dist/', 'dist-bench/', 'coverage/', '.data/', '**/node_modules/', 'examples/storefront-client/src/gql/', 'admin/src/gql/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.node,
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc's noUnusedLocals/noUnusedParameters already reject unused names; here, as there, a
      // leading underscore marks one that is unused on purpose (e.g. a property left out of a rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Every finding was an Apollo plugin hook or an editorial content-type hook: interfaces whose
      // methods return promises, implemented with `async` so that a throw becomes a rejection.
      '@typescript-eslint/require-await': 'off',
      // The row readers, loaders and services are closures typed with method shorthand, so the rule
      // took every `rows.map(reader.read)` for a lost `this`; the classes here bind what they pass.
      '@typescript-eslint/unbound-method': 'off',
      // graphql-js types Kind and OperationTypeNode as string enums; the code compares them with the
      // spec's strings ('query', 'mutation'), and tsc already rejects a string that no member has.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // SqlWhere renders its conditions by toString() on purpose when interpolated into SQL text.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowNumber: true,
          allowBoolean: true,
          allowNullish: true,
          allow: [{ from: 'file', name: 'SqlWhere', path: 'src/graphql/keyset.ts' }],
        },
      ],
    },
  },
  {
    // The editor console runs in the browser (admin/tsconfig.json gives it the DOM's types).
    files: ['admin/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Tests and benchmarks read GraphQL responses, which are untyped JSON, and check them with
    // expect(): typing each response body would add casts without catching anything more.
    files: ['test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The few plain JavaScript files (Jest's config and transforms, the PostGraphile bench peer) are
    // CommonJS scripts outside the TypeScript project: no type information, require() allowed.
    files: ['**/*.js', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);

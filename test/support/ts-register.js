// `node -r ./test/support/ts-register.js file.ts`: runs the TypeScript sources in a child process
// (the real entry point, src/main.ts, or a helper) without a build, transpiling each file on load
// the way ts-jest does here (one file at a time, CommonJS, decorator metadata). Type checking is
// `npm run typecheck`'s job. ESM-only dependencies (jose) load natively on the Node it runs on (24).
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const configPath = path.resolve(__dirname, '../../tsconfig.json');
const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, path.dirname(configPath));
const compilerOptions = {
  ...options,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  isolatedModules: true,
  sourceMap: false,
  inlineSourceMap: true,
  inlineSources: false,
  declaration: false,
};

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { fileName: filename, compilerOptions });
  module._compile(outputText, filename);
};

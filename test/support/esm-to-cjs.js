// Jest transform for ESM-only dependencies (jose 6): Node loads them natively, Jest 29's
// module system cannot, so under Jest only their files are transpiled to CommonJS. Standard class
// fields are kept (jose's error classes rely on them), unlike the project's decorator settings.
const { createHash } = require('node:crypto');
const ts = require('typescript');

const compilerOptions = {
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.CommonJS,
  allowJs: true,
  useDefineForClassFields: true,
  inlineSourceMap: true,
};

module.exports = {
  process(sourceText, sourcePath) {
    return { code: ts.transpileModule(sourceText, { fileName: sourcePath, compilerOptions }).outputText };
  },
  getCacheKey(sourceText, sourcePath) {
    return createHash('sha256').update(ts.version).update('\0').update(sourcePath).update('\0').update(sourceText).digest('hex');
  },
};

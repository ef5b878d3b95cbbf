// The engine's public surface: services import from here, never from the files behind it.
export * from './facts';
export { RuleCompilationError, compileRules } from './rule-compiler';
export type { CompiledRule, CompiledRules, RuleOfKind, RuleProblem } from './rule-compiler';
export { buildKnowledgeBase, indexProducts, ProductCoverage, withProducts } from './knowledge-base';
export type { CatalogProduct, IndexedProducts, KnowledgeBase, KnowledgeBaseInput } from './knowledge-base';
export { FITZPATRICK_TYPE_UNKNOWN, STOP_BEFORE_ALREADY_DUE } from './eligibility';
export { BASIC_CARE_ONLY, basicCareTopicalIds, recommendRegimen } from './regimen.engine';
export { REQUIRED_STEP_ON_HOLD } from './held-requirements';
export { checkRoutine, misplacedInRoutine } from './routine-check';
export { findTimeZone } from './plan-clock';
export { compareText } from './ordering';

// Times the engine on a synthetic 10,000-product catalog: `npm run bench:engine`.
// A plain script rather than a spec, so timings are not distorted by a test runner's transforms.
import { performance } from 'node:perf_hooks';
import { Device } from '../src/domain/enums';
import { RegimenRequest, recommendRegimen } from '../src/engine';
import { fixtureKnowledgeBase, syntheticProducts, topicalId } from '../test/fixtures/engine-fixtures';

const CATALOG_SIZE = 10_000;
const WARM_UP = 50;
const ITERATIONS = 200;

/** A 1.5 mm pen session two days ago, three current topicals, four weeks of plan. */
const REQUEST: RegimenRequest = {
  lastSession: { treatmentId: 'treatment-1', device: Device.DERMAPEN, needleDepthMm: 1.5, performedAt: '2024-05-06T10:00:00+02:00' },
  nextSession: null,
  scarTypeIds: [],
  fitzpatrickType: 3,
  conditions: [],
  medications: [],
  conditionPeriods: [],
  age: null,
  fillerOrNeurotoxinOn: null,
  scarSeverity: null,
  treatmentArea: null,
  currentTopicalIds: ['tretinoin', 'vitamin-c', 'niacinamide'].map(topicalId),
  currentProductIds: [],
  startDate: null,
  days: 28,
  timeZone: 'Europe/Berlin',
  productFilter: { maxPriceCents: null, currency: null, inStockOnly: false, brandSlugs: [], excludeProductIds: [] },
  now: '2024-05-08T10:00:00+02:00',
};

/** A filter most products fail, so steps walk far down their ranked lists. */
const NARROW_REQUEST: RegimenRequest = {
  ...REQUEST,
  productFilter: { maxPriceCents: 1500, currency: 'USD', inStockOnly: true, brandSlugs: ['brand-7'], excludeProductIds: [] },
};

function timeOne(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function percentile(sortedMs: readonly number[], fraction: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil(fraction * sortedMs.length) - 1)];
}

function benchmark(label: string, run: () => unknown): void {
  for (let i = 0; i < WARM_UP; i++) run();
  const sorted = Array.from({ length: ITERATIONS }, () => timeOne(run)).sort((a, b) => a - b);
  console.log(
    `${label}: median ${percentile(sorted, 0.5).toFixed(2)} ms, p99 ${percentile(sorted, 0.99).toFixed(2)} ms, ` +
      `max ${sorted[sorted.length - 1].toFixed(2)} ms (${ITERATIONS} runs after ${WARM_UP} warm-up)`,
  );
}

const products = syntheticProducts(CATALOG_SIZE, 42);
let kb = fixtureKnowledgeBase({ products });
const buildMs = Array.from({ length: 5 }, () => timeOne(() => (kb = fixtureKnowledgeBase({ products })))).sort((a, b) => a - b);
console.log(`compileRules + buildKnowledgeBase, ${CATALOG_SIZE} products: median of 5 ${buildMs[2].toFixed(1)} ms`);

const plan = recommendRegimen(kb, REQUEST);
const steps = plan.days.flatMap((day) => [...day.am, ...day.pm]);
const listings = steps.reduce((count, step) => count + step.productIds.length, 0);
console.log(`plan: ${plan.days.length} days, ${steps.length} steps, ${listings} product listings, ${plan.holds.length} holds`);
benchmark('recommendRegimen', () => recommendRegimen(kb, REQUEST));
benchmark('recommendRegimen, narrow product filter', () => recommendRegimen(kb, NARROW_REQUEST));

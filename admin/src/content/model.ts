// What the console knows of each content type: its pages, its list filters and the fields of its
// edit form, in the shape of its GraphQL input. One list page and one form render them all.
import type { ContentType } from '../gql/graphql';
import {
  DEVICES,
  EVIDENCE_LEVELS,
  RULE_KINDS,
  SCAR_CATEGORIES,
  SEVERITIES,
  SKIN_TYPES,
  SLOTS,
  TOPICAL_CATEGORIES,
  TREATMENT_SETTINGS,
} from './enums';
import { emptyParameters } from './rule-kinds';

interface Common {
  /** The input field's name. */
  name: string;
  label: string;
  description?: string;
}

export type FieldSpec = Common &
  (
    | { kind: 'text'; url?: boolean }
    | { kind: 'textarea' }
    | { kind: 'markdown' }
    | { kind: 'number'; integer?: boolean; min?: number; max?: number; step?: number; nullable?: boolean }
    | { kind: 'boolean' }
    | { kind: 'select'; options: readonly string[] }
    | { kind: 'multiselect'; options: readonly string[] }
    /** Free words, one per entry (risks, INCI aliases). */
    | { kind: 'tags' }
    /** Other entries, picked from a searchable list; the input holds their keys. */
    | { kind: 'reference'; to: ContentType; multiple: boolean }
    | { kind: 'ingredients' }
    | { kind: 'ruleParameters' }
  );

export type ListFilter = 'brand' | 'ruleKind';

export interface ContentView {
  type: ContentType;
  /** Under /content/. */
  path: string;
  label: string;
  singular: string;
  /** Publishing needs a reviewer's sign-off (clinical knowledge). */
  signOff: boolean;
  keyField: 'slug' | 'key' | 'code';
  nameField: 'name' | 'title';
  filters: readonly ListFilter[];
  fields: readonly FieldSpec[];
  empty(): Record<string, unknown>;
  /** A second line in the list. */
  detail(draft: Record<string, unknown>): string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const slug: FieldSpec = {
  kind: 'text',
  name: 'slug',
  label: 'Slug',
  description: 'Lower-case words joined by hyphens; the address storefronts use.',
};

export const CONTENT_VIEWS: readonly ContentView[] = [
  {
    type: 'ARTICLE',
    path: 'articles',
    label: 'Articles',
    singular: 'article',
    signOff: false,
    keyField: 'slug',
    nameField: 'title',
    filters: [],
    fields: [
      { kind: 'text', name: 'title', label: 'Title' },
      slug,
      { kind: 'textarea', name: 'summary', label: 'Summary' },
      { kind: 'markdown', name: 'body', label: 'Body', description: 'Markdown. Shown as formatted text; HTML is not rendered.' },
      { kind: 'text', name: 'author', label: 'Author' },
      { kind: 'reference', name: 'treatments', label: 'Treatments', to: 'TREATMENT', multiple: true },
      { kind: 'reference', name: 'scarTypes', label: 'Scar types', to: 'SCAR_TYPE', multiple: true },
      { kind: 'reference', name: 'topicals', label: 'Topicals', to: 'TOPICAL', multiple: true },
      { kind: 'reference', name: 'citations', label: 'Citations', to: 'CITATION', multiple: true },
    ],
    empty: () => ({ title: '', slug: '', summary: '', body: '', author: '', treatments: [], scarTypes: [], topicals: [], citations: [] }),
    detail: (draft) => text(draft.author),
  },
  {
    type: 'BRAND',
    path: 'brands',
    label: 'Brands',
    singular: 'brand',
    signOff: false,
    keyField: 'slug',
    nameField: 'name',
    filters: [],
    fields: [{ kind: 'text', name: 'name', label: 'Name' }, slug, { kind: 'textarea', name: 'description', label: 'Description' }],
    empty: () => ({ name: '', slug: '', description: '' }),
    detail: () => '',
  },
  {
    type: 'PRODUCT',
    path: 'products',
    label: 'Products',
    singular: 'product',
    signOff: false,
    keyField: 'slug',
    nameField: 'name',
    filters: ['brand'],
    fields: [
      { kind: 'text', name: 'name', label: 'Name' },
      slug,
      { kind: 'reference', name: 'brand', label: 'Brand', to: 'BRAND', multiple: false },
      { kind: 'textarea', name: 'description', label: 'Description' },
      { kind: 'number', name: 'priceCents', label: 'Price (cents)', integer: true, min: 0, description: 'In the minor unit: 1250 is 12.50.' },
      { kind: 'text', name: 'currency', label: 'Currency', description: 'ISO 4217 code, e.g. EUR.' },
      { kind: 'boolean', name: 'inStock', label: 'In stock' },
      { kind: 'multiselect', name: 'skinTypes', label: 'Skin types', options: SKIN_TYPES },
      { kind: 'text', name: 'imageUrl', label: 'Image address', url: true, description: 'Optional: https://…' },
      { kind: 'ingredients', name: 'ingredients', label: 'Ingredients' },
    ],
    empty: () => ({
      name: '',
      slug: '',
      brand: '',
      description: '',
      priceCents: 0,
      currency: 'EUR',
      inStock: true,
      skinTypes: [],
      imageUrl: null,
      ingredients: [],
    }),
    detail: (draft) => text(draft.brand),
  },
  {
    type: 'TOPICAL',
    path: 'topicals',
    label: 'Topicals',
    singular: 'topical',
    signOff: true,
    keyField: 'slug',
    nameField: 'name',
    filters: [],
    fields: [
      { kind: 'text', name: 'name', label: 'Name' },
      slug,
      { kind: 'select', name: 'category', label: 'Category', options: TOPICAL_CATEGORIES },
      { kind: 'multiselect', name: 'allowedSlots', label: 'Allowed slots', options: SLOTS },
      { kind: 'textarea', name: 'benefits', label: 'Benefits' },
      { kind: 'reference', name: 'helpsScarTypes', label: 'Helps scar types', to: 'SCAR_TYPE', multiple: true },
      { kind: 'tags', name: 'inciAliases', label: 'INCI aliases', description: 'Ingredient-list names; press Enter after each.' },
      { kind: 'boolean', name: 'prescriptionOnly', label: 'Prescription only' },
    ],
    empty: () => ({
      name: '',
      slug: '',
      category: 'HUMECTANT',
      allowedSlots: ['AM', 'PM'],
      benefits: '',
      helpsScarTypes: [],
      inciAliases: [],
      prescriptionOnly: false,
    }),
    detail: (draft) => text(draft.category),
  },
  {
    type: 'TREATMENT',
    path: 'treatments',
    label: 'Treatments',
    singular: 'treatment',
    signOff: true,
    keyField: 'slug',
    nameField: 'name',
    filters: [],
    fields: [
      { kind: 'text', name: 'name', label: 'Name' },
      slug,
      { kind: 'textarea', name: 'summary', label: 'Summary' },
      { kind: 'select', name: 'device', label: 'Device', options: DEVICES },
      { kind: 'select', name: 'setting', label: 'Setting', options: TREATMENT_SETTINGS },
      { kind: 'number', name: 'needleDepthMinMm', label: 'Needle depth from (mm)', min: 0, step: 0.05 },
      { kind: 'number', name: 'needleDepthMaxMm', label: 'Needle depth to (mm)', min: 0, step: 0.05 },
      { kind: 'number', name: 'minutesPerSessionMin', label: 'Minutes per session, from', integer: true, min: 0 },
      { kind: 'number', name: 'minutesPerSessionMax', label: 'Minutes per session, to', integer: true, min: 0 },
      { kind: 'number', name: 'typicalSessionsMin', label: 'Typical sessions, from', integer: true, min: 0 },
      { kind: 'number', name: 'typicalSessionsMax', label: 'Typical sessions, to', integer: true, min: 0 },
      { kind: 'number', name: 'daysBetweenSessionsMin', label: 'Days between sessions, from', integer: true, min: 0 },
      { kind: 'number', name: 'daysBetweenSessionsMax', label: 'Days between sessions, to', integer: true, min: 0 },
      { kind: 'tags', name: 'risks', label: 'Risks', description: 'Press Enter after each.' },
      { kind: 'tags', name: 'contraindications', label: 'Contraindications', description: 'Press Enter after each.' },
      { kind: 'reference', name: 'scarTypes', label: 'Scar types', to: 'SCAR_TYPE', multiple: true },
    ],
    empty: () => ({
      name: '',
      slug: '',
      summary: '',
      device: 'DERMAPEN',
      setting: 'CLINIC',
      needleDepthMinMm: 0.5,
      needleDepthMaxMm: 1.5,
      minutesPerSessionMin: 15,
      minutesPerSessionMax: 30,
      typicalSessionsMin: 3,
      typicalSessionsMax: 6,
      daysBetweenSessionsMin: 28,
      daysBetweenSessionsMax: 42,
      risks: [],
      contraindications: [],
      scarTypes: [],
    }),
    detail: (draft) => `${text(draft.device)} · ${text(draft.setting)}`,
  },
  {
    type: 'SCAR_TYPE',
    path: 'scar-types',
    label: 'Scar types',
    singular: 'scar type',
    signOff: true,
    keyField: 'slug',
    nameField: 'name',
    filters: [],
    fields: [
      { kind: 'text', name: 'name', label: 'Name' },
      slug,
      { kind: 'select', name: 'category', label: 'Category', options: SCAR_CATEGORIES },
      { kind: 'textarea', name: 'description', label: 'Description' },
      { kind: 'textarea', name: 'needlingResponse', label: 'Response to needling' },
      { kind: 'tags', name: 'otherTreatments', label: 'Other treatments', description: 'Press Enter after each.' },
    ],
    empty: () => ({ name: '', slug: '', category: 'ATROPHIC', description: '', needlingResponse: '', otherTreatments: [] }),
    detail: (draft) => text(draft.category),
  },
  {
    type: 'CITATION',
    path: 'citations',
    label: 'Citations',
    singular: 'citation',
    signOff: true,
    keyField: 'key',
    nameField: 'title',
    filters: [],
    fields: [
      { kind: 'text', name: 'title', label: 'Title' },
      { kind: 'text', name: 'key', label: 'Key', description: 'A short unique key, e.g. smith-2021.' },
      { kind: 'text', name: 'source', label: 'Source', description: 'Journal, guideline or publisher.' },
      { kind: 'select', name: 'evidenceLevel', label: 'Evidence level', options: EVIDENCE_LEVELS },
      { kind: 'text', name: 'url', label: 'Address', url: true, description: 'Optional: https://…' },
    ],
    empty: () => ({ title: '', key: '', source: '', evidenceLevel: 'CLINICAL_STUDY', url: null }),
    detail: (draft) => text(draft.source),
  },
  {
    type: 'COMPATIBILITY_RULE',
    path: 'rules',
    label: 'Compatibility rules',
    singular: 'compatibility rule',
    signOff: true,
    keyField: 'code',
    nameField: 'title',
    filters: ['ruleKind'],
    fields: [
      { kind: 'text', name: 'title', label: 'Title' },
      { kind: 'text', name: 'code', label: 'Code', description: 'Stable readable identifier, e.g. wait-after/retinoids/t3.' },
      { kind: 'select', name: 'kind', label: 'Kind', options: RULE_KINDS },
      { kind: 'select', name: 'severity', label: 'Severity', options: SEVERITIES },
      { kind: 'ruleParameters', name: 'parameters', label: 'Parameters' },
      { kind: 'textarea', name: 'rationale', label: 'Rationale' },
      { kind: 'textarea', name: 'management', label: 'Management', description: 'What the plan tells the person to do.' },
      { kind: 'reference', name: 'citations', label: 'Citations', to: 'CITATION', multiple: true },
    ],
    empty: () => ({
      title: '',
      code: '',
      kind: 'WAIT_AFTER_NEEDLING',
      severity: 'MODERATE',
      parameters: emptyParameters('WAIT_AFTER_NEEDLING'),
      subjects: [],
      pairA: [],
      pairB: [],
      rationale: '',
      management: '',
      citations: [],
    }),
    detail: (draft) => `${text(draft.kind)} · ${text(draft.severity)}`,
  },
];

export function viewOfPath(path: string | undefined): ContentView | undefined {
  return CONTENT_VIEWS.find((view) => view.path === path);
}

export function viewOfType(type: ContentType): ContentView {
  return CONTENT_VIEWS.find((view) => view.type === type)!;
}

/** The entry's readable name: its draft's name or title, else its key. */
export function entryName(view: ContentView, draft: Record<string, unknown>, key: string): string {
  const name = draft[view.nameField];
  return typeof name === 'string' && name.trim() ? name : key;
}

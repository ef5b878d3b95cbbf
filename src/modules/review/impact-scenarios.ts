// The representative regimens a reviewer's impact preview computes: the three kinds of session
// the shipped treatments cover (a light home roll, a clinic pen, RF microneedling), each with and
// without the actives patients most often already use, a darker skin type (Fitzpatrick V, where
// pigment rules apply), and a planned session (where stop-before rules apply). Fixed so that
// reviewers learn to read them; documented in docs/api/editors.md.

export interface ImpactScenarioDefinition {
  code: string;
  title: string;
  /** Treatment slug (its own device is used). */
  treatment: string;
  needleDepthMm: number;
  /** PAST: done at 09:00 UTC on the first day of the plan; PLANNED: booked for the same hour 7 days later. */
  session: 'PAST' | 'PLANNED';
  /** Topical slugs in use. */
  currentTopicals: readonly string[];
  fitzpatrickType: number | null;
}

/** Retinoid, vitamin C and an AHA: the actives with the most holds around needling. */
const COMMON_ACTIVES = ['tretinoin', 'vitamin-c', 'glycolic-acid'] as const;

const scenario = (
  code: string,
  title: string,
  treatment: string,
  needleDepthMm: number,
  actives: boolean,
  extra: Partial<Pick<ImpactScenarioDefinition, 'session' | 'fitzpatrickType'>> = {},
): ImpactScenarioDefinition => ({
  code,
  title: actives ? `${title}, using tretinoin, vitamin C and glycolic acid` : title,
  treatment,
  needleDepthMm,
  session: extra.session ?? 'PAST',
  currentTopicals: actives ? COMMON_ACTIVES : [],
  fitzpatrickType: extra.fitzpatrickType ?? null,
});

export const IMPACT_SCENARIOS: readonly ImpactScenarioDefinition[] = [
  scenario('home-roll-0.25mm', 'Home dermaroller at 0.25 mm, session just done', 'home-dermaroller', 0.25, false),
  scenario('home-roll-0.25mm-actives', 'Home dermaroller at 0.25 mm, session just done', 'home-dermaroller', 0.25, true),
  scenario('clinic-pen-1.0mm', 'Clinic pen at 1.0 mm, session just done', 'professional-microneedling', 1.0, false),
  scenario('clinic-pen-1.5mm-actives', 'Clinic pen at 1.5 mm, session just done', 'professional-microneedling', 1.5, true),
  scenario('rf-1.5mm', 'RF microneedling at 1.5 mm, session just done', 'rf-microneedling', 1.5, false),
  scenario('rf-1.5mm-actives', 'RF microneedling at 1.5 mm, session just done', 'rf-microneedling', 1.5, true),
  scenario(
    'clinic-pen-1.0mm-fitzpatrick-v-actives',
    'Clinic pen at 1.0 mm, session just done, Fitzpatrick type V',
    'professional-microneedling',
    1.0,
    true,
    {
      fitzpatrickType: 5,
    },
  ),
  scenario('planned-clinic-pen-1.5mm-actives', 'Clinic pen at 1.5 mm planned in a week', 'professional-microneedling', 1.5, true, {
    session: 'PLANNED',
  }),
];

/** Days each scenario's plan covers. */
export const IMPACT_PLAN_DAYS = 14;

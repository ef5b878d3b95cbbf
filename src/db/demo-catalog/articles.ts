// Editorial articles shipped with the product. Together they carry every fact stated in the four
// seed articles (rewritten, never copied) and summarise the aftercare rule figures at a high level;
// the figures quoted here must agree with rules.ts. Tags refer to other reference data by slug/key.
import { PublicationStatus } from '../../domain/enums';
import { ArticleSeed } from './types';

export const articles: ArticleSeed[] = [
  {
    slug: 'microneedling-for-acne-scars-how-it-works',
    title: 'Microneedling for acne scars: how it works',
    summary:
      'Why deliberate, tiny wounds prompt the skin to make new collagen, what a session involves, what it may improve, and how it compares with laser resurfacing.',
    status: PublicationStatus.PUBLISHED,
    publishedAt: '2026-01-12T09:00:00Z',
    author: 'Dermaplan editorial team',
    treatmentSlugs: ['professional-microneedling', 'home-dermaroller', 'rf-microneedling'],
    scarTypeSlugs: ['ice-pick', 'boxcar', 'rolling'],
    topicalSlugs: [],
    citationKeys: [
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'juhasz-cohen-2020-ccid',
      'harris-2015-ijwd',
      'cohen-elbuluk-2016-jaad',
      'fda-microneedling-devices',
    ],
    body: `## The idea in brief

Microneedling (also sold as dermarolling or collagen induction therapy) pierces the skin many times with very fine needles. Each puncture is a small, deliberate injury, shallow enough to heal without leaving a mark. Skin answers any injury by repairing it, and part of that repair is fresh collagen and elastin, the proteins that keep skin firm, smooth and elastic. Over the following months the new fibres can lift shallow indented scars from underneath, so they look softer and less deep.

Two things deplete collagen. Ageing lowers it across the whole face, which shows up as lines and slackness; local damage such as acne, stretch marks or other scarring removes it in patches. Needling aims to rebuild some of it. Repair also brings a growth of many tiny new blood vessels in the dermis, one reason the treatment is offered for sun-damaged skin as well. As devices have improved, it has become a routine offer in dermatology and aesthetic clinics.

## A clinic appointment, step by step

1. **Consultation.** A dermatologist, plastic surgeon or trained aesthetician assesses your scars and asks about your health and medicines. This is the moment to ask how often they perform the treatment.
2. **Numbing.** The area is numbed with an anaesthetic cream first, so most people notice pressure or light scratching rather than pain.
3. **Needling.** The practitioner moves a motorised pen or a rolling drum of needles over the area. A little pinpoint bleeding is normal.
4. **Finishing.** A soothing cream or serum is often applied at the end.

Needling time runs to about 10–20 minutes, longer or shorter with the size of the area. Professional devices can be set anywhere between 0.5 and 3.5 mm of needle length; home rollers are much shorter, typically 0.2–0.5 mm.

## What it may improve

- indented acne scars (ice pick, boxcar and rolling types, and deep pockmarks) and other scars
- fine lines and wrinkles, plus firmness and rough texture
- visible pores (the openings that carry oil and sweat to the surface): genetics and skin type decide their baseline size, and other influences can stretch them over time
- dark spots and uneven tone
- stretch marks, which form where rapid growth overstretches the skin, for example in pregnancy or when a growth enlarges beneath it
- hair regrowth in some people with alopecia

The face is the usual target, yet needling is not limited to it: most body areas can be treated unless the skin there is very sensitive.

## Realistic expectations

Nothing changes overnight: the benefit comes from tissue the skin has yet to build, so judge progress over several months. A typical course is 4–6 sessions, and scars that run deeper often take more than 3–4. Scars usually become less visible rather than vanishing: complete removal is not guaranteed. One of our source articles also says needling cuts down on further breakouts, partly because acne medicines absorb better afterwards; treat that as a claim, not an established effect. Another says dermatologists agree it outperforms other procedures for fine lines and wrinkles; we have not found a consensus that ranks it that way.

## Channels, absorption and radio frequency

Each session opens a dense grid of tiny, temporary channels, thousands of them across a face. Whatever is applied while they are open travels further into the skin, which helps a clinic serum but is also why strong actives must wait (see our aftercare guide). Radio-frequency microneedling adds energy through the needles, and the channels help that energy penetrate.

## Compared with laser

A source article estimates that laser resurfacing can cost up to four times as much. Lasers also heat the skin, and heat can shift skin colour. Needling involves no heat, so it is often the better fit for darker skin tones, though post-inflammatory hyperpigmentation can still occur (Cohen & Elbuluk, 2016) and careful sun protection matters.

Done well, needling has a good safety record and reasonable evidence behind it, but it will not suit every skin concern. A certified dermatologist can tell you whether your scars are likely to respond.
`,
  },
  {
    slug: 'which-acne-scar-do-you-have',
    title: 'Which acne scar do you have? Ice pick, boxcar, rolling and raised scars',
    metaTitle: 'Types of acne scars: ice pick, boxcar, rolling and raised',
    metaDescription:
      'How to tell the common acne scars apart, which ones tend to improve with microneedling, and why raised scars should not be needled.',
    summary:
      'How acne scars form, how to tell the common types apart, which ones tend to respond to needling, and why raised scars should not be needled.',
    status: PublicationStatus.PUBLISHED,
    publishedAt: '2026-01-26T09:00:00Z',
    author: 'Ines Calloway',
    treatmentSlugs: ['professional-microneedling', 'home-dermaroller'],
    scarTypeSlugs: ['ice-pick', 'boxcar', 'rolling', 'hypertrophic', 'keloid'],
    topicalSlugs: [],
    citationKeys: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'minutilli-2024-jdd', 'juhasz-cohen-2020-ccid'],
    body: `## How a spot becomes a scar

Few skin conditions are as common as acne: one of our source articles claims that roughly seven in every ten people get it, and visible scars can weigh on confidence. Most spots clear without a trace. When a breakout damages deeper tissue, though, the skin patches the wound with collagen, and the balance of that repair decides what is left behind. Too little new collagen leaves a dent, known as an atrophic scar. Too much leaves a raised scar.

Scarring becomes more likely with:

- severe, deep acne such as cysts and nodules, which often leave indents
- picking, squeezing or popping spots: handling a blemish makes a pitted mark more likely
- acne that goes on for a long time before it is treated

Left alone, an indent may stay visible for many years, and some are permanent without treatment.

## Indented (atrophic) scars

### Ice pick

Narrow, deep pits that look as if the skin was pricked with a sharp point. Their depth and steep walls mean they respond least to needling. Dermatologists often treat them first with TCA CROSS (a tiny dab of strong trichloroacetic acid placed into each pit) or punch excision, then use needling for the surrounding texture.

### Boxcar

Wider round or oval depressions with sharp edges and a flatter floor. Shallow and medium-depth boxcar scars tend to respond well, because new collagen can raise the floor.

### Rolling

Broad, shallow dips with sloping edges that give the skin a wavy look in side light. They form where fibrous bands tie the surface down to deeper tissue, and they are among the types that respond best to needling.

Sources report that needling can soften the look of all three atrophic types and of deep pockmarks. Improvement builds over a course of sessions; deeper scars usually need more than 3–4, and no treatment can promise to erase a scar completely.

## Raised scars: hypertrophic and keloid

Raised scars form when healing overshoots and lays down excess collagen. Hypertrophic scars stay within the edges of the original wound; keloids grow beyond them and can keep enlarging. Because needling works by provoking more collagen, it is not recommended for raised scars or for anyone who tends to form keloids: it could feed the very problem you want to shrink. A dermatologist can discuss other options, such as silicone products or steroid injections.

## Can needling make scars worse?

It is a common worry. For indented scars treated with clean equipment and sensible depth, the aim is gradual improvement. Problems arise mainly when raised scars are needled, when needles pass over active spots and spread bacteria, or when hygiene is poor.

## At a glance

| Scar | What it looks like | Response to needling | Often combined with |
|---|---|---|---|
| Ice pick | narrow, deep pit | weakest | TCA CROSS, punch excision |
| Boxcar | wide, sharp-edged dip | good | needling course, sometimes subcision |
| Rolling | broad, sloping wave | good | needling course, subcision |
| Hypertrophic | raised, within wound edge | not recommended | specialist care |
| Keloid | raised, spreads beyond wound | not recommended | specialist care |

## Get an expert opinion first

Most people have a mix of types, and raised and indented scars can sit side by side. Before planning any treatment, home or clinic, have a dermatologist or experienced practitioner identify which scars you have; that assessment decides whether needling is worth trying and how deep it should go.
`,
  },
  {
    slug: 'home-dermarolling-doing-it-safely',
    title: 'Home dermarolling: doing it safely',
    summary:
      'What a short home roller can realistically do, how to prepare, roll and clean up, how often to roll, and which signs mean you should stop and see a dermatologist.',
    status: PublicationStatus.PUBLISHED,
    publishedAt: '2026-02-09T09:00:00Z',
    author: 'Tomasz Wren',
    treatmentSlugs: ['home-dermaroller', 'professional-microneedling'],
    scarTypeSlugs: ['boxcar', 'rolling', 'hypertrophic', 'keloid'],
    topicalSlugs: ['hyaluronic-acid', 'ceramide-moisturiser', 'mineral-sunscreen'],
    citationKeys: ['seed-000', 'seed-002', 'seed-003', 'minutilli-2024-jdd', 'fda-microneedling-devices'],
    body: `## What a home roller can and cannot do

Dermarollers and derma-pens for home use have become very popular. Rolling is offered at clinics as well as sold for home use, but home devices use far shorter needles, usually 0.2–0.5 mm, against up to 3.5 mm on professional equipment. That makes them suited to mild scarring and texture rather than deep scars. It is easy to hurt your skin with a needle device you cannot see clearly on your own face, which is why our sources recommend professional treatment where possible; anyone with moderate or severe scars should have a dermatologist plan the treatment and its frequency.

Our timelines sort home rolling into two depth tiers: up to 0.25 mm, and over 0.25 mm up to 0.5 mm.

## Before you start

Do not roll if any of these apply:

- active acne or inflamed spots (needling over them can spread bacteria and worsen breakouts)
- an infection, open wound or active cold sore in the area
- sunburn, or a flare of eczema, psoriasis or rosacea
- raised (hypertrophic or keloid) scars, or a tendency to form keloids
- pregnancy or breastfeeding

If you get cold sores, ask a doctor about antiviral cover before rolling. In the week before a session, stop retinoids, retinol, exfoliating acids, benzoyl peroxide and scrubs; stop vitamin C and hydroquinone 3 days before. Avoid sunbathing and tanning for 14 days beforehand.

## Step by step

1. **Clean the roller.** It must be clean and disinfected (a roller cannot be sterilised at home): disinfect it as the maker instructs and let it air-dry. Never share it.
2. **Wash the area** well and pat it dry.
3. **Roll in three directions:** horizontal, vertical and diagonal passes, with light pressure only. Lift the roller between passes rather than dragging it.
4. **Steer clear** of any active spot or inflamed patch.
5. **Finish simply:** a plain hyaluronic serum or a bland moisturiser.
6. **Clean the roller again** and store it dry in its case. Replace it when the needles look blunt or bent.

## How often

Two things set the pace: how deep your scars are and how quickly your skin settles after each session.

- **Mild scarring:** weekly. Our timeline leaves at least 7 days between sessions over 0.25 mm up to 0.5 mm and at least 3 days at 0.25 mm or less.
- **Moderate or severe scarring:** a dermatologist decides the schedule.

## What is normal afterwards

A pink flush and some tenderness are expected after light rolling, and they normally fade the same day, often within a few hours. Over the following days the surface may shed a little in fine flakes. Hydration helps, and the sun is the main thing to avoid: one source sets a minimum of 24 hours out of direct sunlight, while our timeline is stricter and says avoid direct sun for 3 days and keep exposure low for two weeks (four weeks for darker skin types). A mineral sunscreen can go on from 12 hours after a session at 0.25 mm or less, and from the next morning after deeper rolling.

## Risks and when to stop

Most problems with home rolling trace back to technique and hygiene. Infection is the main avoidable one: it follows a dirty roller or skin that was not cleansed first. Expect some redness, dry patches and light flaking; bruising, infection and allergic reactions are uncommon. See a dermatologist if you notice spreading or worsening redness, pus, increasing pain, fever, hives, or dark patches developing.

Regular, careful rolling may give smoother, more even skin over time, but results vary and complete removal of scars is not guaranteed.
`,
  },
  {
    slug: 'aftercare-after-microneedling-first-two-weeks',
    title: 'Aftercare after microneedling: the first two weeks',
    metaTitle: 'Microneedling aftercare, day by day for two weeks',
    metaDescription:
      'When each product can go back on your skin after needling, why deeper needling means longer waits, and how to keep healing skin out of the sun.',
    summary:
      'A day-by-day guide to what can go back on your skin after needling, why the waits grow with needle depth, and how to protect healing skin from the sun.',
    status: PublicationStatus.PUBLISHED,
    publishedAt: '2026-02-23T09:00:00Z',
    author: 'Dermaplan editorial team',
    treatmentSlugs: ['home-dermaroller', 'professional-microneedling', 'rf-microneedling'],
    scarTypeSlugs: [],
    topicalSlugs: [
      'hyaluronic-acid',
      'ceramide-moisturiser',
      'mineral-sunscreen',
      'chemical-sunscreen',
      'peptides',
      'growth-factors',
      'copper-peptides',
      'niacinamide',
      'vitamin-c',
      'glycolic-acid',
      'lactic-acid',
      'salicylic-acid',
      'benzoyl-peroxide',
      'hydroquinone',
      'retinol',
      'tretinoin',
      'adapalene',
      'tazarotene',
      'centella-asiatica',
    ],
    citationKeys: [
      'seed-001',
      'seed-003',
      'minutilli-2024-jdd',
      'skinpen-care-protocol',
      'morpheus8-care-protocol',
      'retinoid-prescribing-information',
      'aad-sunscreen',
      'fda-aha-cosmetics-guidance',
    ],
    body: `## Why the waits depend on depth

Needle channels close within roughly 2 to 24 hours, but the skin barrier takes longer to recover. After very shallow rolling it is usually back within about 72 hours; deeper work loses more water for longer, and after radio-frequency microneedling the barrier takes about a week to return to normal. Our timeline therefore uses four depth tiers: up to 0.25 mm; over 0.25 mm up to 0.5 mm; over 0.5 mm up to 1.0 mm; and over 1.0 mm, where any RF session belongs regardless of depth. Your clinic's instructions come first.

## Session day

After light rolling, redness usually fades within hours; after clinic-depth needling it can last one to three days. The skin feels sensitive. Keep it simple: a plain hyaluronic serum or bland moisturiser, no makeup, and shade. Mineral sunscreen can go on 12 hours after a session of 0.25 mm or less; after deeper work start it the next morning.

## When things can go back on

Day 0 is the session day. Columns are the four tiers.

| Product or activity | up to 0.25 mm | over 0.25 to 0.5 mm | over 0.5 to 1.0 mm | over 1.0 mm, or RF |
|---|---|---|---|---|
| Hyaluronic acid, bland moisturiser | 0 | 0 | 0 | 0 |
| Mineral sunscreen | 0 (after 12 h) | 1 | 1 | 1 |
| Chemical sunscreen | 1 | 2 | 3 | 3 |
| Makeup (mineral first) | 1 | 1 | 2 | 3 |
| Peptides, growth factors | 1 | 2 | 2 | 2 |
| Copper peptides | 2 | 3 | 3 | 3 |
| Niacinamide | 1 | 3 | 3 | 3 |
| Vitamin C | 3 | 7 | 7 | 7 |
| Glycolic, lactic, salicylic, benzoyl peroxide, hydroquinone | 3 | 7 | 7 | 14 |
| Retinol | 3 | 7 | 7 | 14 |
| Tretinoin, adapalene, tazarotene | 3 | 7 | 14 | 14 |
| Sweaty exercise | 1 | 3 | 3 | 7 |
| Swimming, sauna | 2 | 5 | 5 | 7 |

Vitamin C never goes on during the session day: granulomas have been reported after pen needling combined with topical vitamin C. Prescription retinoid labels warn against use on cut or abraded skin.

One source article takes a blanket approach to the first week: no makeup, no acids and no retinol until it is over. Where our table allows makeup sooner after shallow work, choosing the stricter option is always reasonable.

## The sun

UV on freshly treated skin can blunt the result and burns it more easily than usual. Sources range from at least 24 hours out of direct sun to the whole first week; our timeline avoids direct sun for 3 days and keeps exposure to a minimum for 14 days, or 28 days for darker skin types (Fitzpatrick IV–VI), which are more prone to dark marks. Once sunscreen is allowed, wear a broad-spectrum SPF 30 or higher every morning and reapply every two hours outdoors. A mineral formula is kinder to freshly treated skin.

## Helping it heal

- Keep skin hydrated with humectants and moisturiser, and drink enough water.
- Gentle cooling and soothing products, such as centella gels, can ease warmth and tightness.
- Peptide serums that signal collagen production are a reasonable addition once your tier permits them.
- Fine flaking for a few days is normal; let it shed rather than picking or scrubbing.

## Further ahead

- Waxing: wait 7 days.
- Laser, IPL or chemical peels: wait 28 days.
- Next needling session: at least 3 days for 0.25 mm or less, 7 days over 0.25 mm up to 0.5 mm, 28 days for anything deeper or RF.

Contact your practitioner about spreading redness, pus, fever, worsening pain or a rash.
`,
  },
  {
    slug: 'building-a-home-routine-around-microneedling',
    title: 'Building a home routine around microneedling (retinoids, vitamin C, acids, sunscreen)',
    summary: 'The four home steps that support collagen, how to schedule them so they do not clash, and when to pause them around needling sessions.',
    status: PublicationStatus.PUBLISHED,
    publishedAt: '2026-03-09T09:00:00Z',
    author: 'Priya Halloran',
    treatmentSlugs: ['home-dermaroller', 'professional-microneedling'],
    scarTypeSlugs: ['boxcar', 'rolling'],
    topicalSlugs: [
      'tretinoin',
      'adapalene',
      'tazarotene',
      'retinol',
      'vitamin-c',
      'glycolic-acid',
      'lactic-acid',
      'salicylic-acid',
      'benzoyl-peroxide',
      'copper-peptides',
      'niacinamide',
      'azelaic-acid',
      'hydroquinone',
      'mineral-sunscreen',
      'chemical-sunscreen',
      'ceramide-moisturiser',
    ],
    citationKeys: [
      'seed-000',
      'retinoid-prescribing-information',
      'fda-aha-cosmetics-guidance',
      'aad-sunscreen',
      'minutilli-2024-jdd',
      'spring-2017-isotretinoin-consensus',
    ],
    body: `## Why the routine matters

A few home steps help the skin build collagen and protect what it already has. They are worth doing whether or not you ever book a needling session, and between sessions they support the same goal.

## Retinoids and retinol

Prescription retinoids (tretinoin, adapalene at prescription strength, tazarotene) are the strongest option and come from a dermatologist. If those prove too harsh, step down to retinol, which you can buy over the counter: a weaker relative that irritates less, yet still nudges collagen production upward. Use either at night only: tretinoin in particular breaks down in light. Start two or three nights a week and build up. Retinoids are not used in pregnancy or while breastfeeding; azelaic acid is the common substitute.

## Vitamin C by day

Vitamin C does two jobs for collagen: the skin needs it to make new fibres, and as an antioxidant it helps shield existing ones from breakdown. A serum fits best in the morning, under sunscreen.

## Exfoliating acids

Glycolic and lactic acid (AHAs) and salicylic acid (a BHA) work on two fronts: dissolving the bonds that hold dead surface cells together leaves a smoother, more even surface, and regular use may also encourage collagen in the layer beneath. AHAs make skin more sun-sensitive, so wear sunscreen while you use them and for a week after you stop.

## Sunscreen, every day

UV light is the single largest external driver of collagen loss, so daily protection guards the gains you are working for. A broad-spectrum sunscreen of SPF 30 or higher every morning is essential, reapplied every two hours outdoors. After needling, a mineral sunscreen is the gentler choice.

## Combining actives

| Combination | What happens | What to do |
|---|---|---|
| Retinoid + AHA/BHA | irritation adds up | use on alternate nights |
| Tretinoin + benzoyl peroxide | BPO oxidises tretinoin | BPO in the morning, tretinoin at night, or switch to adapalene |
| Retinoid + vitamin C | irritation | vitamin C in the morning, retinoid at night |
| Vitamin C + AHA/BHA | two low-pH products | split between morning and evening |
| Benzoyl peroxide + vitamin C | BPO oxidises vitamin C | use at different times |
| Copper peptides + vitamin C or acids | the copper complex breaks down | separate routines or days |
| Vitamin C + niacinamide | no real problem | fine together |
| Adapalene + benzoyl peroxide | stable together | fine together |

## A sample week

- **Morning, daily:** gentle cleanser, vitamin C serum, moisturiser, sunscreen.
- **Evening, retinoid nights:** cleanser, retinoid or retinol, moisturiser.
- **Evening, acid nights (one or two a week):** cleanser, exfoliating acid, moisturiser.
- **Evening, rest nights:** cleanser and a ceramide moisturiser only.

## Around a needling session

Before a planned session, stop retinoids and retinol 7 days ahead, and the same for exfoliating acids, benzoyl peroxide and scrubs. Stop vitamin C and hydroquinone 3 days ahead. Avoid sunbathing and tanning for 14 days beforehand, and leave 28 days after a laser treatment or peel.

If you have taken isotretinoin in the last six months, many clinics will postpone needling. The practice is contested: a 2017 expert consensus judged the evidence insufficient to justify waiting, so ask your dermatologist.

After the session, bring products back in the order set out in our aftercare guide. Prescription retinoids come back last: day 3 after a session of 0.25 mm or less, day 7 over 0.25 mm up to 0.5 mm, and day 14 over 0.5 mm or after any RF treatment.
`,
  },
  {
    slug: 'microneedling-risks-side-effects-and-who-should-not-be-needled',
    title: 'Risks, side effects and who should not be needled',
    summary:
      'The expected after-effects of microneedling, the rarer complications, the conditions that mean waiting or not being needled at all, and how to choose a practitioner.',
    status: PublicationStatus.PUBLISHED,
    publishedAt: '2026-03-23T09:00:00Z',
    author: 'Ines Calloway',
    treatmentSlugs: ['home-dermaroller', 'professional-microneedling', 'rf-microneedling'],
    scarTypeSlugs: ['hypertrophic', 'keloid'],
    topicalSlugs: ['vitamin-c', 'azelaic-acid', 'mineral-sunscreen'],
    citationKeys: [
      'seed-001',
      'seed-002',
      'seed-003',
      'minutilli-2024-jdd',
      'cohen-elbuluk-2016-jaad',
      'spring-2017-isotretinoin-consensus',
      'fda-microneedling-devices',
      'cfr-21-878-4430',
    ],
    body: `## Expected after-effects

Doctors broadly regard microneedling as a low-risk procedure, but it still wounds the skin on purpose. For a short while afterwards skin can feel sore or irritable, and you may notice:

- swelling
- discomfort at the treated area
- redness
- bruising
- dryness
- peeling or flaking

These usually settle on their own within days.

## Rarer but more serious

- **Infection**, often traced to a dirty device or skin that was not cleansed beforehand.
- **Changes in skin colour**, darker or lighter patches.
- **Reactions to products** applied during or after treatment, including allergic reactions. Granulomas (small firm lumps) have been reported after pen needling combined with topical vitamin C.
- **Burns** from devices that add heat or energy, such as radio-frequency microneedling.

## Bleeding

A little pinpoint bleeding during the session is normal; heavier bleeding is otherwise unusual. Deeper settings draw more blood, and so do bleeding disorders and anticoagulant or antiplatelet medicines, so mention any of these at your consultation. Never stop a prescribed medicine on your own to fit in a treatment; the decision belongs to the doctor who prescribed it.

## Who should wait, or not be needled

| Situation | What it means |
|---|---|
| Keloid scars or a tendency to form raised scars | not recommended: needling adds collagen where there is already too much |
| Active acne | wait until it settles: needling can burst spots and spread bacteria, making acne worse |
| Active skin infection, open wounds, active cold sore | wait until healed |
| Sunburn; a flare of eczema, psoriasis or rosacea; otherwise unstable skin | wait until the skin is calm |
| Pregnancy or breastfeeding | postpone; retinoids are off the table entirely, and azelaic acid is the common substitute |
| Blood thinners, bleeding disorder, poorly controlled diabetes, weakened immune system | only with clearance from your doctor |
| Isotretinoin in the last six months | usually postponed, although a 2017 consensus judged the evidence too thin to insist on it |
| History of cold sores | antiviral cover before treatment |

## Darker skin tones

Because needling involves no heat, it is often a better fit than laser for darker skin (Fitzpatrick types IV–VI). It is not risk-free: post-inflammatory hyperpigmentation can still follow (Cohen & Elbuluk, 2016). Strict sun protection matters, and our aftercare timeline keeps sun exposure to a minimum for 28 days rather than 14.

## Choosing who treats you

- Book a consultation first. Dermatologists, plastic surgeons and aestheticians all offer microneedling; ask how many needling treatments they carry out and whether they regularly treat skin like yours.
- A proper consultation includes a close look at your skin and questions about your medicines, past treatments and health.
- Ask which device will be used. In the United States, microneedling devices for aesthetic use are regulated as medical devices.
- Practised hands lower the chance of complications, so favour a dermatologist or medical skin professional who does this often.

Microneedling suits many people but not every skin problem. If you are unsure, talk it through with a certified dermatologist before deciding, and contact one if anything unusual develops after a session.
`,
  },
  {
    slug: 'rf-microneedling-what-radio-frequency-adds',
    title: 'RF microneedling: what radio frequency adds',
    summary:
      'How radio-frequency microneedling differs from plain needling, why its aftercare is stricter, and the extra risks to weigh before booking.',
    status: PublicationStatus.DRAFT,
    publishedAt: null,
    author: 'Tomasz Wren',
    treatmentSlugs: ['rf-microneedling', 'professional-microneedling'],
    scarTypeSlugs: ['boxcar', 'rolling', 'hypertrophic', 'keloid'],
    topicalSlugs: [
      'tretinoin',
      'adapalene',
      'tazarotene',
      'retinol',
      'vitamin-c',
      'glycolic-acid',
      'salicylic-acid',
      'hyaluronic-acid',
      'mineral-sunscreen',
    ],
    citationKeys: ['seed-000', 'seed-001', 'morpheus8-care-protocol', 'minutilli-2024-jdd', 'cohen-elbuluk-2016-jaad', 'juhasz-cohen-2020-ccid'],
    body: `## How it differs from plain needling

Standard microneedling relies on the puncture alone to start repair. Radio-frequency (RF) microneedling uses needles that also deliver radio-frequency energy into the deeper skin, warming it as well as wounding it. The idea is to add a heat stimulus to the collagen response. The channels the needles make also help the treatment reach further into the skin than energy applied to the surface.

It is a clinic-only treatment, carried out after numbing, and like other needling it is mainly used for indented scars (boxcar and rolling scars especially), texture and laxity.

## What to expect from a course

Results, as with plain needling, build over months as new collagen forms. Clinics usually space sessions about four weeks apart, and our timeline keeps at least 28 days between RF sessions. How many you need depends on the scars; as with any needling, complete removal is not guaranteed.

## Why the aftercare is stricter

The heat adds to the injury. After an RF session the skin barrier takes around a week to get back to normal, so our timeline treats every RF session as the deepest tier, whatever needle depth was used:

- Hyaluronic serum and a bland moisturiser: from the session day.
- Mineral sunscreen: from the next morning; a chemical sunscreen from day 3.
- Makeup: from day 3, mineral makeup first.
- Vitamin C: from day 7.
- Exfoliating acids, benzoyl peroxide, hydroquinone and retinol: from day 14.
- Tretinoin, adapalene and tazarotene: from day 14.
- Sweaty exercise, swimming and sauna: from day 7.
- Direct sun: avoid for 3 days and keep to a minimum for 14 days (28 for darker skin types).

Your clinic's own sheet may differ; where it is stricter, follow it.

## Extra risks

Everything that applies to plain needling applies here: swelling, redness, bruising, dryness, peeling, and less often infection, pigment change or reactions to products. Devices that use heat or energy add a risk of burns. Heat is also the reason plain needling is often preferred for darker skin tones, so if you have Fitzpatrick type IV–VI skin, ask how the clinic adjusts settings and how they manage the risk of post-inflammatory hyperpigmentation.

The same exclusions apply as for other needling: no treatment over active acne, infection or a cold sore, and none at all for keloid or hypertrophic scarring tendencies, since RF also drives collagen production.

## Questions to ask before booking

1. How many RF microneedling treatments has the practitioner carried out, and on skin like mine?
2. Which device and depth do they plan, and why?
3. What aftercare sheet will I be given, and who do I call if something looks wrong?
4. How will they handle my skin tone, my medicines and my medical history?

Editor's note: to be checked against the latest RF-specific studies and clinic protocols before publication.
`,
  },
];

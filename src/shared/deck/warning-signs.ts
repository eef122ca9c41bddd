// The warning signs the kiosk must show, by translation key, in their two tiers. They follow the
// alarm symptoms of the NHG-Standaard "Lage rugpijn en lumbosacraal radiculair syndroom" and the
// red flags of the KNGF-richtlijn (2021, B.1.3); the content lint fails when one goes missing.

export const WARNING_SLIDE_ID = 'warning-signs';

/** Call the GP straight away. A fall or accident with a lot of back pain is here (a possible fracture). */
export const URGENT_SIGNS = [
  'slides.warning-signs.urgent.bladder-bowel',
  'slides.warning-signs.urgent.numb-saddle',
  'slides.warning-signs.urgent.leg-weakness',
  'slides.warning-signs.urgent.fever-ill',
  'slides.warning-signs.urgent.fall-accident',
] as const;

/**
 * Whom to call, after the urgent signs (never between the "call straight away if…" heading and
 * its signs): the huisartsenpost out of hours, 112 when a life is in danger, the GP when in doubt.
 * The slide, the result screen and the handout show them.
 */
export const URGENT_CALL = [
  'slides.warning-signs.urgent.out-of-hours',
  'slides.warning-signs.urgent.emergency',
  'slides.warning-signs.urgent.in-doubt',
] as const;

export const URGENT_HEADING = 'slides.warning-signs.urgent.heading';

/** Make an appointment with the GP soon. */
export const SOON_SIGNS = [
  'slides.warning-signs.soon.age',
  'slides.warning-signs.soon.cancer-weight',
  'slides.warning-signs.soon.steroids',
  'slides.warning-signs.soon.osteoporosis',
  'slides.warning-signs.soon.worsening',
] as const;

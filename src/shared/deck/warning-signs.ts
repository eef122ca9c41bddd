// The warning signs the kiosk must show, by translation key, in their two tiers. They follow the
// alarm symptoms of the NHG-Standaard "Lage rugpijn en lumbosacraal radiculair syndroom" and the
// red flags of the KNGF-richtlijn (2021, B.1.3); the content lint fails when one goes missing.

export const WARNING_SLIDE_ID = 'warning-signs';

/** Call the GP straight away (evenings, nights and weekends: the huisartsenpost). */
export const URGENT_SIGNS = [
  'slides.warning-signs.urgent.bladder-bowel',
  'slides.warning-signs.urgent.numb-saddle',
  'slides.warning-signs.urgent.leg-weakness',
  'slides.warning-signs.urgent.fever-ill',
] as const;

/** Make an appointment with the GP soon. */
export const SOON_SIGNS = [
  'slides.warning-signs.soon.age',
  'slides.warning-signs.soon.cancer-weight',
  'slides.warning-signs.soon.steroids',
  'slides.warning-signs.soon.osteoporosis',
  'slides.warning-signs.soon.fall-accident',
  'slides.warning-signs.soon.worsening',
] as const;

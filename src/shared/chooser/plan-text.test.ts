import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';

import { PLAN_TEXT_ALARM_SIGN_KEYS } from './keys';
import { buildPlan, type Answers, type Plan } from './plan';
import {
  byteLength,
  MAX_PLAN_TEXT_BYTES,
  MAX_QR_VERSION,
  planToText,
  type Translate,
} from './plan-text';
import {
  CHOOSER_LOCALES,
  LANGUAGES,
  loadRealActivities,
  makeTranslate,
  type Language,
} from './test-support';

const activities = loadRealActivities();
const translate: Record<Language, Translate> = {
  nl: makeTranslate(CHOOSER_LOCALES.nl),
  en: makeTranslate(CHOOSER_LOCALES.en),
};

const threeDays = buildPlan(
  { chosen: ['walking', 'yoga'], daysPerWeek: 3, setting: 'any', social: 'any', freeOnly: false },
  activities,
);

/** Draws the QR symbol as RGBA pixels, with the 4-module quiet zone scanners expect. */
function renderQr(text: string, pixelsPerModule = 4): { pixels: Uint8ClampedArray; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quietZone = 4;
  const size = (modules.size + 2 * quietZone) * pixelsPerModule;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (!modules.get(row, column)) continue;
      for (let dy = 0; dy < pixelsPerModule; dy += 1) {
        for (let dx = 0; dx < pixelsPerModule; dx += 1) {
          const y = (row + quietZone) * pixelsPerModule + dy;
          const x = (column + quietZone) * pixelsPerModule + dx;
          pixels.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
        }
      }
    }
  }
  return { pixels, size };
}

function decodeQr(text: string): string | undefined {
  const { pixels, size } = renderQr(text);
  return jsQR(pixels, size, size)?.data;
}

function qrVersion(text: string): number {
  return QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
}

/** The distinct plans that every answer set the touch screens can produce leads to. */
function everyPossiblePlan(): Plan[] {
  const ids = activities.map((activity) => activity.id);
  const plans = new Map<string, Plan>();
  for (let mask = 0; mask < 1 << ids.length; mask += 1) {
    const chosen = ids.filter((_, index) => (mask & (1 << index)) !== 0);
    for (let daysPerWeek = 1; daysPerWeek <= 7; daysPerWeek += 1) {
      for (const setting of ['any', 'indoors', 'outdoors'] as const) {
        for (const social of ['any', 'alone', 'together'] as const) {
          for (const freeOnly of [false, true]) {
            const answers: Answers = { chosen, daysPerWeek, setting, social, freeOnly };
            const plan = buildPlan(answers, activities);
            plans.set(JSON.stringify(plan.days), plan);
          }
        }
      }
    }
  }
  return [...plans.values()];
}

// Exhaustive and CPU-bound; generous so a busy machine does not fail it.
const SLOW_TEST_TIMEOUT = 60_000;

// What goes home whatever else must give way: the urgent signs, whom to call, the caution.
const SAFETY_LINES_EN = [
  'Call your GP at once with:',
  '- cannot pass urine properly, or cannot hold urine or stool',
  '- less or no feeling around anus, buttocks or genitals',
  '- one or both legs keep getting weaker',
  '- fever or feeling very ill',
  '- bad back pain after a fall or accident',
  'Evenings, nights, weekends, holidays: out-of-hours GP (huisartsenpost). Life in danger: 112. In doubt? Call your GP.',
  'Pregnant, new baby, recent surgery or osteoporosis? Ask your physio or GP first.',
];

describe('planToText', () => {
  it('writes the Dutch plan as plain lines', () => {
    expect(planToText(threeDays, activities, translate.nl)).toBe(
      [
        'Mijn beweegweek',
        'Ma: Wandelen',
        'Di: rust',
        'Wo: Yoga',
        'Do: rust',
        'Vr: Wandelen',
        'Za: rust',
        'Zo: rust',
        'Rust: geen extra training; gewoon bewegen mag.',
        'Luister naar uw lichaam. Niet beter? Ga naar fysio of huisarts.',
        'Bel meteen uw huisarts bij:',
        '- niet goed plassen, of plas of poep niet ophouden',
        '- minder of geen gevoel rond anus, billen of geslachtsdelen',
        '- een of beide benen steeds zwakker',
        '- koorts of heel ziek zijn',
        '- veel rugpijn na een val of ongeluk',
        'Avond, nacht, weekend, feestdag: huisartsenpost. Levensgevaar: 112. Twijfel? Bel de huisarts.',
        'Zwanger, net bevallen, net geopereerd of botontkalking? Vraag eerst fysio of huisarts.',
        'Bron: Core trainen? (N. van der Linden, 2025)',
      ].join('\n'),
    );
  });

  it('writes the English plan as plain lines', () => {
    expect(planToText(threeDays, activities, translate.en)).toBe(
      [
        'Mon: Walking',
        'Tue: rest',
        'Wed: Yoga',
        'Thu: rest',
        'Fri: Walking',
        'Sat: rest',
        'Sun: rest',
        'Rest: no extra workout; everyday moving is fine.',
        'Listen to your body. Not easing? See your physio or GP.',
        ...SAFETY_LINES_EN,
        'Source: N. van der Linden, 2025',
      ].join('\n'),
    );
  });

  it('shows an id it cannot name as is, rather than failing', () => {
    const plan: Plan = {
      days: threeDays.days.map((day) => (day.day === 0 ? { ...day, activityId: 'rowing' } : day)),
      activityIds: ['rowing', 'yoga', 'walking'],
      notices: [],
    };
    expect(planToText(plan, activities, translate.en).split('\n')).toContain('Mon: rowing');
  });

  it('asks i18next not to HTML-escape the interpolated names', () => {
    const calls: Record<string, unknown>[] = [];
    planToText(threeDays, activities, (key, options) => {
      if (key === 'plan-text.day-line' && options) calls.push(options);
      return key;
    });
    expect(calls).toHaveLength(7);
    for (const options of calls) expect(options.interpolation).toEqual({ escapeValue: false });
  });

  it('keeps days, safety advice and the warning signs but drops extras when the text would not fit', () => {
    const wordy: Translate = (key, options) =>
      key === 'plan-text.title' || key === 'plan-text.rest-note'
        ? 'A very long line '.repeat(12)
        : translate.en(key, options);
    const text = planToText(threeDays, activities, wordy);
    expect(byteLength(text)).toBeLessThanOrEqual(MAX_PLAN_TEXT_BYTES);
    expect(text.split('\n')).toEqual([
      'Mon: Walking',
      'Tue: rest',
      'Wed: Yoga',
      'Thu: rest',
      'Fri: Walking',
      'Sat: rest',
      'Sun: rest',
      'Listen to your body. Not easing? See your physio or GP.',
      ...SAFETY_LINES_EN,
      'Source: N. van der Linden, 2025',
    ]);
  });

  it(
    `fits every possible plan in a version ${MAX_QR_VERSION} code, with all 7 days, the urgent warning signs, whom to call and the caution, in both languages`,
    () => {
      const plans = everyPossiblePlan();
      for (const language of LANGUAGES) {
        let longest = '';
        for (const plan of plans) {
          const text = planToText(plan, activities, translate[language]);
          const dayLines = text.split('\n').filter((line) => /^\S+: /.test(line));
          expect(dayLines.length).toBeGreaterThanOrEqual(7);
          for (const key of [
            'plan-text.alarm',
            ...PLAN_TEXT_ALARM_SIGN_KEYS,
            'plan-text.alarm-call',
            'plan-text.caution',
          ])
            expect(text).toContain(translate[language](key));
          if (byteLength(text) > byteLength(longest)) longest = text;
        }
        expect(byteLength(longest)).toBeLessThanOrEqual(MAX_PLAN_TEXT_BYTES);
        expect(longest.length).toBeLessThanOrEqual(MAX_PLAN_TEXT_BYTES);
        expect(qrVersion(longest)).toBeLessThanOrEqual(MAX_QR_VERSION);
        expect(decodeQr(longest)).toBe(longest);
      }
    },
    SLOW_TEST_TIMEOUT,
  );
});

describe('plan text in a QR code', () => {
  it.each(LANGUAGES)(
    `%s: decodes to exactly the same text, version ${MAX_QR_VERSION} or lower`,
    (language) => {
      const text = planToText(threeDays, activities, translate[language]);
      expect(qrVersion(text)).toBeLessThanOrEqual(MAX_QR_VERSION);
      expect(decodeQr(text)).toBe(text);
    },
  );

  it('keeps accented and other non-ASCII letters intact (UTF-8)', () => {
    const accented: Translate = (key, options) =>
      key === 'plan-text.title'
        ? 'Één café, crème brûlée — ça va? Zoë’s week'
        : translate.nl(key, options);
    const text = planToText(threeDays, activities, accented);
    expect(decodeQr(text)).toBe(text);
  });
});

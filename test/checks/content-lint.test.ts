// The content lint: plain Dutch for patients, "u" throughout, both languages saying as much, the
// warning signs complete, and none of the wording a clinician review took out coming back.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { PLAN_TEXT_ALARM_SIGN_KEYS } from '../../src/shared/chooser/keys';
import {
  flatten,
  INFORMAL_YOU,
  isPatientFacing,
  MAX_SENTENCE_WORDS,
  sentences,
  withoutQuotes,
  wordCount,
  type LocaleTree,
} from '../../src/shared/content-lint';
import { parseDeck } from '../../src/shared/deck/deck-schema';
import {
  SOON_SIGNS,
  URGENT_CALL,
  URGENT_SIGNS,
  WARNING_SLIDE_ID,
} from '../../src/shared/deck/warning-signs';

const ROOT = join(__dirname, '../..');

function loadLocale(language: string): Map<string, string> {
  const out = new Map<string, string>();
  const dir = join(ROOT, 'locales', language);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const tree = JSON.parse(readFileSync(join(dir, file), 'utf8')) as LocaleTree;
    for (const [key, value] of flatten(tree))
      out.set(`${file.replace(/\.json$/, '')}:${key}`, value);
  }
  return out;
}

const nl = loadLocale('nl');
const en = loadLocale('en');
const patientNl = [...nl].filter(([key]) => isPatientFacing(key));
const patientEn = [...en].filter(([key]) => isPatientFacing(key));

describe('the words in locales/', () => {
  it(`keep every patient-facing Dutch sentence to ${MAX_SENTENCE_WORDS} words or fewer`, () => {
    const long = patientNl.flatMap(([key, text]) =>
      sentences(withoutQuotes(text))
        .filter((sentence) => wordCount(sentence) > MAX_SENTENCE_WORDS)
        .map((sentence) => `${key}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it('address the reader as "u": no "je", "jij" or "jouw" outside quotation marks', () => {
    const informal = [...nl]
      .filter(([, text]) => INFORMAL_YOU.test(withoutQuotes(text)))
      .map(([key, text]) => `${key}: ${text}`);
    expect(informal).toEqual([]);
  });

  it('say as much in English as in Dutch: the same number of sentences for every patient text', () => {
    const differ = patientNl
      .filter(([key, text]) => sentences(text).length !== sentences(en.get(key) ?? '').length)
      .map(
        ([key, text]) =>
          `${key}: nl ${sentences(text).length}, en ${sentences(en.get(key) ?? '').length}`,
      );
    expect(differ).toEqual([]);
  });

  it('call one thing "the most important", not several', () => {
    const nlMost = patientNl.filter(([, text]) => /belangrijkste/i.test(text)).map(([k]) => k);
    const enMost = patientEn.filter(([, text]) => /most important/i.test(text)).map(([k]) => k);
    expect(nlMost.length).toBeLessThanOrEqual(1);
    expect(enMost).toHaveLength(nlMost.length);
  });

  it('drop the outdated spine cues ("keep your back straight")', () => {
    const outdated = /rug recht|rechte rug|alleen met uw rug|straight back|just your back/i;
    const found = [...nl, ...en].filter(([, text]) => outdated.test(text)).map(([key]) => key);
    expect(found).toEqual([]);
  });

  it('give starting amounts as examples ("bijvoorbeeld"), never as a prescription', () => {
    const startTips = (locale: Map<string, string>, example: RegExp) =>
      [...locale]
        .filter(
          ([key, text]) =>
            /^chooser:activities\.[a-z-]+\.start-small$/.test(key) && /\d/.test(text),
        )
        .filter(([, text]) => !example.test(text))
        .map(([key]) => key);
    expect(startTips(nl, /bijvoorbeeld/i)).toEqual([]);
    expect(startTips(en, /for example/i)).toEqual([]);
  });
});

describe('the warning-signs slide', () => {
  const deckJson = JSON.parse(readFileSync(join(ROOT, 'resources/deck.json'), 'utf8')) as unknown;
  const article = (locale: Map<string, string>, key: string) => locale.get(`article:${key}`);
  const result = parseDeck(deckJson, { hasKey: (key) => !!article(nl, key) && !!article(en, key) });
  const slide = result.ok ? result.deck.slides.find((s) => s.id === WARNING_SLIDE_ID) : undefined;

  it('is in the deck as a warning slide', () => {
    expect(result.ok).toBe(true);
    expect(slide?.layout).toBe('warning');
  });

  it('lists every "call straight away" sign in its first tier', () => {
    expect(slide?.groups?.[0]?.points).toEqual(expect.arrayContaining([...URGENT_SIGNS]));
  });

  it('lists every "make an appointment soon" sign in its second tier', () => {
    expect(slide?.groups?.[1]?.points).toEqual(expect.arrayContaining([...SOON_SIGNS]));
  });

  it.each(['nl', 'en'])('has every sign written out in %s', (language) => {
    const locale = language === 'nl' ? nl : en;
    const missing = [...URGENT_SIGNS, ...SOON_SIGNS].filter((key) => !article(locale, key)?.trim());
    expect(missing).toEqual([]);
  });

  it('puts a fall or accident with a lot of back pain in the urgent tier, not the "soon" one', () => {
    const fall = 'slides.warning-signs.urgent.fall-accident';
    expect(URGENT_SIGNS).toContain(fall);
    expect(slide?.groups?.[0]?.points).toContain(fall);
    expect(slide?.groups?.[1]?.points.filter((key) => /fall|accident/.test(key))).toEqual([]);
    expect(article(nl, fall)).toMatch(/veel pijn in uw rug.*val of ongeluk/);
    expect(article(en, fall)).toMatch(/a lot of back pain.*fall or accident/);
  });

  it('names the saddle area as "less or no feeling", and partial retention, in the slide words', () => {
    expect(article(nl, 'slides.warning-signs.urgent.numb-saddle')).toMatch(
      /minder of geen gevoel.*anus, billen of geslachtsdelen/,
    );
    expect(article(en, 'slides.warning-signs.urgent.numb-saddle')).toMatch(
      /less or no feeling.*anus, buttocks or genitals/,
    );
    expect(article(nl, 'slides.warning-signs.urgent.bladder-bowel')).toMatch(/niet goed/);
    expect(article(en, 'slides.warning-signs.urgent.bladder-bowel')).toMatch(/not properly/);
    expect(article(nl, 'slides.warning-signs.urgent.leg-weakness')).toMatch(/steeds zwakker/);
    expect(article(en, 'slides.warning-signs.urgent.leg-weakness')).toMatch(/keep getting weaker/);
  });

  it('keeps the urgent heading and its signs one sentence: whom to call comes after the signs', () => {
    const urgent = slide?.groups?.[0];
    expect(urgent?.lead).toBeUndefined();
    expect(urgent?.after).toEqual([...URGENT_CALL]);
  });

  it('sends the urgent tier to the huisartsenpost out of hours and on public holidays, and 112', () => {
    const [outOfHours, emergency, inDoubt] = URGENT_CALL;
    expect(article(nl, outOfHours)).toMatch(/huisartsenpost/);
    expect(article(nl, outOfHours)).toMatch(/feestdagen/);
    expect(article(en, outOfHours)).toMatch(/out-of-hours GP/);
    expect(article(en, outOfHours)).toMatch(/public holidays/);
    expect(article(nl, emergency)).toMatch(/leven in gevaar.*112/);
    expect(article(en, emergency)).toMatch(/life in danger.*112/);
    expect(article(nl, inDoubt)).toMatch(/Twijfelt u\?.*huisarts/);
    expect(article(en, inDoubt)).toMatch(/In doubt\?.*GP/);
  });
});

describe('what the patient takes home (result screen, handout, QR text)', () => {
  const chooser = (locale: Map<string, string>, key: string) => locale.get(`chooser:${key}`) ?? '';
  const leaf = (key: string) => key.split('.').at(-1);

  it("has a short form in the QR text of every urgent sign, in the slide's order", () => {
    expect(PLAN_TEXT_ALARM_SIGN_KEYS.map(leaf)).toEqual(URGENT_SIGNS.map(leaf));
  });

  it.each([
    ['nl', nl, /huisartsenpost/, /feestdag/, /112/, /Twijfel/],
    ['en', en, /out-of-hours GP/, /holidays/, /112/, /In doubt/],
  ] as const)(
    'names the urgent signs, the out-of-hours route, 112 and "in doubt" in the QR text (%s)',
    (_language, locale, outOfHours, holidays, emergency, inDoubt) => {
      expect(chooser(locale, 'plan-text.alarm')).not.toBe('');
      for (const key of PLAN_TEXT_ALARM_SIGN_KEYS) expect(chooser(locale, key)).not.toBe('');
      const call = chooser(locale, 'plan-text.alarm-call');
      for (const pattern of [outOfHours, holidays, emergency, inDoubt])
        expect(call).toMatch(pattern);
    },
  );

  it("says in the QR text who should ask first, as the chooser's first step does", () => {
    for (const key of ['plan-text.caution', 'steps.activities.caution']) {
      expect(chooser(nl, key)).toMatch(/zwanger.*net bevallen.*geopereerd.*botontkalking/is);
      expect(chooser(en, key)).toMatch(
        /pregnant.*(just had a baby|new baby).*surgery.*osteoporosis/is,
      );
    }
  });

  it('shows the same caution on the slide as on the chooser and the result', () => {
    for (const locale of [nl, en])
      expect(locale.get('article:slides.what-helps.caution')).toBe(
        chooser(locale, 'steps.activities.caution'),
      );
  });
});

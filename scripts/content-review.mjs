// Writes docs/content-review.md: every slide's Dutch and English text side by side with its
// basis (article sentence, guideline section; docs/content-basis.json), then the chooser's
// activities and safety lines, so a practice's physiotherapist can sign it off in one read.
//   node scripts/content-review.mjs           write the sheet
//   node scripts/content-review.mjs --check   exit 1 if the sheet is out of date

import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(read(path));
const OUT = 'docs/content-review.md';
const ARTICLE = '../shared/source/core-trainen-geen-wondermiddel.nl.txt';

const locales = Object.fromEntries(
  ['nl', 'en'].map((lng) => [
    lng,
    { article: json(`locales/${lng}/article.json`), chooser: json(`locales/${lng}/chooser.json`) },
  ]),
);
const lookUp = (tree, key) => key.split('.').reduce((node, part) => node?.[part], tree);
const text = (lng, ns, key) => {
  const value = lookUp(locales[lng][ns], key);
  if (typeof value !== 'string') throw new Error(`no ${lng} text for ${ns}:${key}`);
  return value;
};
const cell = (value) => value.replaceAll('|', '\\|').replaceAll('\n', ' ');

function rows(ns, entries) {
  return entries.map(
    ([label, key]) => `| ${label} | ${cell(text('nl', ns, key))} | ${cell(text('en', ns, key))} |`,
  );
}

function slideRows(slide) {
  const entries = [['Kop', slide.heading]];
  if (slide.lead) entries.push(['Intro', slide.lead]);
  (slide.points ?? []).forEach((key, i) => entries.push([`Punt ${i + 1}`, key]));
  for (const [g, group] of (slide.groups ?? []).entries()) {
    const tier = g === 0 ? 'Niveau 1' : `Niveau ${g + 1}`;
    entries.push([`${tier}: kop`, group.heading]);
    if (group.lead) entries.push([`${tier}: intro`, group.lead]);
    group.points.forEach((key, i) => entries.push([`${tier}: signaal ${i + 1}`, key]));
  }
  if (slide.quote) entries.push(['Citaat', slide.quote.text], ['Bij citaat', slide.quote.source]);
  if (slide.caution) entries.push(['Let op', slide.caution]);
  entries.push(['Beeld (alt)', slide.alt]);
  slide.notes.talkingPoints.forEach((key, i) => entries.push([`Notitie ${i + 1}`, key]));
  slide.notes.sources.forEach((key, i) => entries.push([`Bron ${i + 1}`, key]));
  entries.push(['Terugvraag', slide.notes.teachBack]);
  return rows('article', entries);
}

export function renderReview() {
  const deck = json('resources/deck.json');
  const basis = json('docs/content-basis.json');
  const { activities } = json('resources/activities.json');
  const lines = [
    '# Inhoud ter controle (content review)',
    '',
    'Gemaakt met `node scripts/content-review.mjs` uit `resources/deck.json`, `resources/activities.json`,',
    '`locales/` en `docs/content-basis.json`. Niet met de hand bewerken; `npm run test:unit` faalt als dit',
    'blad niet meer klopt met de inhoud.',
    '',
    '**Bronnen.** Artikel: Nina van der Linden, ‘Core trainen? Wetenschap zegt: “Zeker geen wondermiddel”’,',
    '22 september 2025 (`../shared/source/`). NHG-Standaard Lage rugpijn en lumbosacraal radiculair syndroom',
    '(NHG). KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (KNGF, 2021).',
    '',
    '**Wat offline niet kon worden nagekeken.** Deze kiosk is zonder internet gemaakt. Nagekeken in opgeslagen',
    'kopieën: de KNGF-richtlijn (publicatie 6 december 2021, revisie 5 januari 2022; B.1.3 Rode vlaggen); de',
    'NHG-publicatie in Huisarts & Wetenschap van 2 februari 2017 (“Aspecifieke lagerugpijn, tweede herziening”,',
    'kernboodschap: bewegen bevorderen en activiteiten voortzetten) en de NHG-Standaard Lumbosacraal radiculair',
    'syndroom (tweede herziening, 2015). **Niet** nagekeken: sinds wanneer beide onder de huidige titel “Lage',
    'rugpijn en lumbosacraal radiculair syndroom” staan, de data van latere kleine aanpassingen, de exacte',
    'formulering van de NHG-alarmsymptomen, de tekst op Thuisarts.nl, de review uit 2022, het onderzoek in het',
    'International Journal of Kinesiology & Sports Science, het stuk in De Morgen, en waar in de richtlijnen de',
    'geruststelling “pijn betekent niet altijd schade” precies staat. Controleer deze op',
    'richtlijnen.nhg.org, kennisplatformfysiotherapie.nl en thuisarts.nl voordat u tekent. Op de dia’s staat',
    '“2017” als jaar van de NHG-herziening.',
    '',
    '## Dia’s',
    '',
  ];
  for (const [index, slide] of deck.slides.entries()) {
    const base = basis[slide.id];
    if (!base) throw new Error(`docs/content-basis.json has no entry for slide "${slide.id}"`);
    lines.push(`### ${index + 1}. ${text('nl', 'article', slide.heading)} (\`${slide.id}\`)`, '');
    lines.push('**Basis in het artikel:**');
    lines.push(
      ...(base.article.length ? base.article.map((s) => `> ${s}`) : ['— (niet uit het artikel)']),
    );
    lines.push('', '**Richtlijn:**');
    lines.push(...(base.guidelines.length ? base.guidelines.map((g) => `- ${g}`) : ['—']));
    if (base.note) lines.push('', `**Toelichting:** ${base.note}`);
    lines.push(
      '',
      '| deel | Nederlands | English |',
      '| --- | --- | --- |',
      ...slideRows(slide),
      '',
    );
    lines.push('Akkoord: ☐   Opmerking: …………………………', '');
  }
  const extra = Object.keys(basis).filter((id) => !deck.slides.some((slide) => slide.id === id));
  if (extra.length)
    throw new Error(`docs/content-basis.json names unknown slides: ${extra.join(', ')}`);

  lines.push('## Keuzehulp: veiligheid en uitleg', '');
  lines.push('| deel | Nederlands | English |', '| --- | --- | --- |');
  lines.push(
    ...rows('chooser', [
      ['Stap 1: let op', 'steps.activities.caution'],
      ['Uitslag: afwisselen', 'result.why-variety'],
      ['Uitslag: rustdag', 'result.rest-day-detail'],
      ['Uitslag: luister', 'result.listen-to-body'],
      ['Uitslag: fysio of huisarts', 'result.see-professional'],
      ['QR: alarmsignalen', 'plan-text.alarm'],
      ['QR: niet (goed) plassen', 'plan-text.alarm-signs.bladder-bowel'],
      ['QR: gevoel zitvlak', 'plan-text.alarm-signs.numb-saddle'],
      ['QR: zwakker been', 'plan-text.alarm-signs.leg-weakness'],
      ['QR: koorts', 'plan-text.alarm-signs.fever-ill'],
      ['QR: val of ongeluk', 'plan-text.alarm-signs.fall-accident'],
      ['QR: wie u belt', 'plan-text.alarm-call'],
      ['QR: let op', 'plan-text.caution'],
      ['QR: rustdag', 'plan-text.rest-note'],
      ['Geen voorschrift', 'result.not-a-prescription'],
    ]),
    '',
    'Uitslag en blad tonen de dringende alarmsignalen, wie u belt (huisartsenpost, 112, bij twijfel de',
    'huisarts) in dezelfde woorden als de dia "Alarmsignalen bij rugpijn" hierboven, en "Stap 1: let op".',
    '',
    'Akkoord: ☐   Opmerking: …………………………',
    '',
    '## Keuzehulp: activiteiten',
    '',
    'De eigenschappen bepalen wat de keuzehulp voorstelt (waar, met wie, kosten) en staan op de uitslag en',
    'het blad (spullen, kosten, belasting). Een test houdt ze gelijk aan de tips.',
    '',
  );
  for (const activity of activities) {
    const props = [
      `waar: ${activity.settings.join(', ')}`,
      `met wie: ${activity.social}`,
      `kosten: ${activity.cost}`,
      `spullen: ${activity.equipment}`,
      `belasting: ${activity.impact}`,
      `makkelijke start: ${activity.easyStart ? 'ja' : 'nee'}`,
      `core: ${activity.isCore ? 'ja' : 'nee'}`,
    ].join(' · ');
    lines.push(`### ${text('nl', 'chooser', activity.name)} (\`${activity.id}\`)`, '', props, '');
    lines.push('| deel | Nederlands | English |', '| --- | --- | --- |');
    lines.push(
      ...rows('chooser', [
        ['Techniek', activity.techniqueTip],
        ['Begin klein', activity.startSmall],
        ['Rustiger', activity.gentler],
      ]),
      '',
      'Akkoord: ☐   Opmerking: …………………………',
      '',
    );
  }
  lines.push('Naam fysiotherapeut: ……………………   Datum: …………   Handtekening: ……………………', '');
  return lines.join('\n');
}

/** Article sentences in the basis that are not word for word in the article (when it is here). */
export function unmatchedArticleSentences() {
  const path = new URL(ARTICLE, root);
  if (!existsSync(path)) return null;
  // The article has non-breaking spaces in places; any run of white space counts as one space.
  const plain = (value) => value.replace(/\s+/g, ' ');
  const article = plain(readFileSync(path, 'utf8'));
  const basis = json('docs/content-basis.json');
  return Object.entries(basis).flatMap(([id, base]) =>
    base.article.filter((sentence) => !article.includes(plain(sentence))).map((s) => `${id}: ${s}`),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sheet = renderReview();
  const unmatched = unmatchedArticleSentences();
  if (unmatched === null) console.warn(`${ARTICLE} not found: article sentences not compared.`);
  else if (unmatched.length) {
    console.error(`Not word for word in the article:\n${unmatched.join('\n')}`);
    process.exitCode = 1;
  }
  if (process.argv.includes('--check')) {
    const current = existsSync(new URL(OUT, root)) ? read(OUT) : '';
    if (current !== sheet) {
      console.error(`${OUT} is out of date: run node scripts/content-review.mjs`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(new URL(OUT, root), sheet);
    console.log(`wrote ${OUT}`);
  }
}

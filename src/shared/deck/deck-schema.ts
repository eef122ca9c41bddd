// The deck file's shape (resources/deck.json) and its validation, with errors that name the
// slide and the field so whoever edits the file can find the mistake. Hand-written rather than
// a schema library: the deck is small, and this keeps the renderer's start-up bundle light.

export const LAYOUTS = ['title', 'points', 'quote', 'warning', 'chooser', 'sources'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface Slide {
  id: string;
  layout: Layout;
  illustration: string;
  heading: string;
  lead?: string;
  points?: string[];
  /** Lists under their own headings, most urgent first: the warning slide's tiers. */
  groups?: SlideGroup[];
  quote?: { text: string; source: string };
  /** A line set apart from the rest: who should ask their physio or GP first. */
  caution?: string;
  alt: string;
  notes: { talkingPoints: string[]; sources: string[]; teachBack: string };
}

export interface SlideGroup {
  heading: string;
  lead?: string;
  points: string[];
  /** Lines after the points, apart from the heading's sentence: whom to call, and when. */
  after?: string[];
}

export interface Deck {
  slides: Slide[];
}

export type DeckResult = { ok: true; deck: Deck } | { ok: false; errors: string[] };

export interface DeckChecks {
  /** Whether a translation key exists (in every language); omitted, keys are not checked. */
  hasKey?(key: string): boolean;
}

const KEY = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ILLUSTRATION = /^illustrations\/[a-z0-9/-]+\.svg$/;
const MAX_POINTS = 6;
const MAX_GROUPS = 3;
const MAX_AFTER = 3;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects problems for one object, each prefixed with where it is. */
class Checker {
  readonly errors: string[] = [];
  constructor(private readonly where: string) {}

  fail(field: string, message: string): void {
    this.errors.push(`${this.where}${field ? ` ${field}` : ''}: ${message}`);
  }

  onlyFields(value: Json, allowed: readonly string[], prefix = ''): void {
    const unknown = Object.keys(value).filter((field) => !allowed.includes(field));
    if (unknown.length)
      this.fail(prefix, `unknown field ${unknown.map((f) => `"${f}"`).join(', ')}`);
  }

  text(
    value: unknown,
    field: string,
    pattern: RegExp,
    hint: string,
    optional = false,
  ): string | undefined {
    if (value === undefined) {
      if (!optional) this.fail(field, 'is missing');
      return undefined;
    }
    if (typeof value !== 'string') return void this.fail(field, 'must be a string');
    if (!pattern.test(value)) return void this.fail(field, hint);
    return value;
  }

  key(value: unknown, field: string, optional = false): string | undefined {
    return this.text(
      value,
      field,
      KEY,
      'must be a translation key like "slides.vary.heading"',
      optional,
    );
  }

  keys(
    value: unknown,
    field: string,
    min: number,
    max: number,
    optional = false,
  ): string[] | undefined {
    if (value === undefined && optional) return undefined;
    if (!Array.isArray(value))
      return void this.fail(field, value === undefined ? 'is missing' : 'must be a list');
    if (value.length < min) this.fail(field, `must have at least ${min}`);
    if (value.length > max) this.fail(field, `must have at most ${max}`);
    const keys = value.map((item, i) => this.key(item, `${field}.${i}`));
    return keys.every((k) => k !== undefined) ? (keys as string[]) : undefined;
  }
}

function parseSlide(raw: unknown, where: string): { slide?: Slide; errors: string[] } {
  const check = new Checker(where);
  if (!isObject(raw)) return { errors: [`${where}: must be an object`] };
  check.onlyFields(raw, [
    'id',
    'layout',
    'illustration',
    'heading',
    'lead',
    'points',
    'groups',
    'quote',
    'caution',
    'alt',
    'notes',
  ]);
  const id = check.text(raw['id'], 'id', ID, 'must be kebab-case, like "keep-it-up"');
  const layout = raw['layout'];
  if (!LAYOUTS.includes(layout as Layout)) {
    check.fail(
      'layout',
      layout === undefined ? 'is missing' : `unknown layout (use one of: ${LAYOUTS.join(', ')})`,
    );
  }
  const illustration = check.text(
    raw['illustration'],
    'illustration',
    ILLUSTRATION,
    'must be an SVG under illustrations/, like "illustrations/slides/vary.svg"',
  );
  const heading = check.key(raw['heading'], 'heading');
  const lead = check.key(raw['lead'], 'lead', true);
  const points = check.keys(raw['points'], 'points', 0, MAX_POINTS, true);
  const caution = check.key(raw['caution'], 'caution', true);
  const alt = check.key(raw['alt'], 'alt');
  const groups = parseGroups(raw['groups'], check);
  if (layout === 'warning' && raw['groups'] === undefined)
    check.fail('', 'layout "warning" needs groups (its tiers of warning signs)');
  if (layout !== 'warning' && raw['groups'] !== undefined)
    check.fail('', 'only layout "warning" may have groups');

  let quote: Slide['quote'];
  if (raw['quote'] !== undefined) {
    if (!isObject(raw['quote'])) check.fail('quote', 'must be an object');
    else {
      check.onlyFields(raw['quote'], ['text', 'source'], 'quote');
      const text = check.key(raw['quote']['text'], 'quote.text');
      const source = check.key(raw['quote']['source'], 'quote.source');
      if (text && source) quote = { text, source };
    }
  }
  if (layout === 'quote' && raw['quote'] === undefined)
    check.fail('', 'layout "quote" needs a quote');
  if (layout !== 'quote' && raw['quote'] !== undefined)
    check.fail('', 'only layout "quote" may have a quote');

  let notes: Slide['notes'] | undefined;
  if (!isObject(raw['notes']))
    check.fail('notes', raw['notes'] === undefined ? 'is missing' : 'must be an object');
  else {
    check.onlyFields(raw['notes'], ['talkingPoints', 'sources', 'teachBack'], 'notes');
    const talkingPoints = check.keys(raw['notes']['talkingPoints'], 'notes.talkingPoints', 1, 20);
    const sources = check.keys(raw['notes']['sources'], 'notes.sources', 1, 20);
    const teachBack = check.key(raw['notes']['teachBack'], 'notes.teachBack');
    if (talkingPoints && sources && teachBack) notes = { talkingPoints, sources, teachBack };
  }

  if (check.errors.length || !id || !illustration || !heading || !alt || !notes)
    return { errors: check.errors };
  const slide: Slide = { id, layout: layout as Layout, illustration, heading, alt, notes };
  if (lead) slide.lead = lead;
  if (points) slide.points = points;
  if (groups) slide.groups = groups;
  if (quote) slide.quote = quote;
  if (caution) slide.caution = caution;
  return { slide, errors: [] };
}

function parseGroups(value: unknown, check: Checker): SlideGroup[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return void check.fail('groups', 'must be a list');
  if (value.length < 1 || value.length > MAX_GROUPS)
    check.fail('groups', `must have 1 to ${MAX_GROUPS} groups`);
  const groups = value.map((raw: unknown, i): SlideGroup | undefined => {
    const field = `groups.${i}`;
    if (!isObject(raw)) return void check.fail(field, 'must be an object');
    check.onlyFields(raw, ['heading', 'lead', 'points', 'after'], field);
    const heading = check.key(raw['heading'], `${field}.heading`);
    const lead = check.key(raw['lead'], `${field}.lead`, true);
    const points = check.keys(raw['points'], `${field}.points`, 1, MAX_POINTS);
    const after =
      raw['after'] === undefined
        ? undefined
        : check.keys(raw['after'], `${field}.after`, 1, MAX_AFTER);
    if (!heading || !points) return undefined;
    return {
      heading,
      ...(lead ? { lead } : {}),
      points,
      ...(after ? { after } : {}),
    };
  });
  return groups.every((g) => g !== undefined) ? (groups as SlideGroup[]) : undefined;
}

/** Every translation key a slide refers to, in reading order. */
export function slideKeys(slide: Slide): string[] {
  return [
    slide.heading,
    ...(slide.lead ? [slide.lead] : []),
    ...(slide.points ?? []),
    ...(slide.groups ?? []).flatMap((group) => [
      group.heading,
      ...(group.lead ? [group.lead] : []),
      ...group.points,
      ...(group.after ?? []),
    ]),
    ...(slide.quote ? [slide.quote.text, slide.quote.source] : []),
    ...(slide.caution ? [slide.caution] : []),
    slide.alt,
    ...slide.notes.talkingPoints,
    ...slide.notes.sources,
    slide.notes.teachBack,
  ];
}

export function parseDeck(data: unknown, checks: DeckChecks = {}): DeckResult {
  if (!isObject(data))
    return { ok: false, errors: ['deck: must be an object with "version" and "slides"'] };
  const top = new Checker('deck');
  top.onlyFields(data, ['version', 'slides']);
  if (data['version'] !== 1)
    top.fail('version', `must be 1 (got ${JSON.stringify(data['version'])})`);
  const rawSlides = data['slides'];
  if (!Array.isArray(rawSlides)) top.fail('slides', 'must be a list');
  else if (rawSlides.length === 0) top.fail('slides', 'must list at least one slide');
  if (top.errors.length || !Array.isArray(rawSlides)) return { ok: false, errors: top.errors };

  const errors: string[] = [];
  const slides: Slide[] = [];
  const seen = new Set<string>();
  rawSlides.forEach((raw: unknown, index) => {
    const id = isObject(raw) ? raw['id'] : undefined;
    const where = `slide ${index + 1}${typeof id === 'string' ? ` ("${id}")` : ''}`;
    const parsed = parseSlide(raw, where);
    errors.push(...parsed.errors);
    if (!parsed.slide) return;
    if (seen.has(parsed.slide.id)) errors.push(`${where}: id "${parsed.slide.id}" is used twice`);
    seen.add(parsed.slide.id);
    if (checks.hasKey) {
      for (const missing of slideKeys(parsed.slide).filter((k) => !checks.hasKey?.(k))) {
        errors.push(`${where}: missing translation "${missing}"`);
      }
    }
    slides.push(parsed.slide);
  });
  return errors.length ? { ok: false, errors } : { ok: true, deck: { slides } };
}

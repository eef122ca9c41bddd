// The deck file's shape (resources/deck.json) and its validation, with errors that name the
// slide and the field so whoever edits the file can find the mistake.

// zod/mini: the same checks as zod at a fraction of the renderer's bundle size.
import * as z from 'zod/mini';

export const LAYOUTS = ['title', 'points', 'quote', 'warning', 'chooser', 'sources'] as const;
export type Layout = (typeof LAYOUTS)[number];

const key = z
  .string()
  .check(
    z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a translation key like "slides.vary.heading"'),
  );

const slideSchema = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, like "keep-it-up"')),
  layout: z.enum(LAYOUTS),
  illustration: z
    .string()
    .check(
      z.regex(
        /^illustrations\/[a-z0-9/-]+\.svg$/,
        'must be an SVG under illustrations/, like "illustrations/slides/vary.svg"',
      ),
    ),
  heading: key,
  lead: z.optional(key),
  points: z.optional(z.array(key).check(z.maxLength(6))),
  quote: z.optional(z.strictObject({ text: key, source: key })),
  alt: key,
  notes: z.strictObject({
    talkingPoints: z.array(key).check(z.minLength(1)),
    sources: z.array(key).check(z.minLength(1)),
    teachBack: key,
  }),
});

const deckSchema = z.strictObject({
  version: z.literal(1),
  slides: z.array(z.unknown()).check(z.minLength(1, 'must list at least one slide')),
});

export type Slide = z.infer<typeof slideSchema>;
export interface Deck {
  slides: Slide[];
}

export type DeckResult = { ok: true; deck: Deck } | { ok: false; errors: string[] };

export interface DeckChecks {
  /** Whether a translation key exists (in every language); omitted, keys are not checked. */
  hasKey?(key: string): boolean;
}

// zod/mini ships no English messages; these say what is wrong in words an editor understands.
function messageFor(issue: z.core.$ZodIssue, path: string): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing'
        : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return path === 'layout'
        ? `unknown layout (use one of: ${LAYOUTS.join(', ')})`
        : `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      return issue.message !== 'Invalid input'
        ? issue.message
        : `must have at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must have at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

function describeIssues(where: string, error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.');
    return `${where}${path ? ` ${path}` : ''}: ${messageFor(issue, path)}`;
  });
}

function slideKeys(slide: Slide): string[] {
  return [
    slide.heading,
    ...(slide.lead ? [slide.lead] : []),
    ...(slide.points ?? []),
    ...(slide.quote ? [slide.quote.text, slide.quote.source] : []),
    slide.alt,
    ...slide.notes.talkingPoints,
    ...slide.notes.sources,
    slide.notes.teachBack,
  ];
}

function layoutErrors(where: string, slide: Slide): string[] {
  if (slide.layout === 'quote' && !slide.quote) return [`${where}: layout "quote" needs a quote`];
  if (slide.layout !== 'quote' && slide.quote)
    return [`${where}: only layout "quote" may have a quote`];
  return [];
}

export function parseDeck(data: unknown, checks: DeckChecks = {}): DeckResult {
  const top = deckSchema.safeParse(data);
  if (!top.success) return { ok: false, errors: describeIssues('deck', top.error) };
  const errors: string[] = [];
  const slides: Slide[] = [];
  const seen = new Set<string>();
  top.data.slides.forEach((raw, index) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const where = `slide ${index + 1}${typeof id === 'string' ? ` ("${id}")` : ''}`;
    const parsed = slideSchema.safeParse(raw);
    if (!parsed.success) return void errors.push(...describeIssues(where, parsed.error));
    const slide = parsed.data;
    if (seen.has(slide.id)) errors.push(`${where}: id "${slide.id}" is used twice`);
    seen.add(slide.id);
    errors.push(...layoutErrors(where, slide));
    if (checks.hasKey) {
      for (const missing of slideKeys(slide).filter((k) => !checks.hasKey?.(k))) {
        errors.push(`${where}: missing translation "${missing}"`);
      }
    }
    slides.push(slide);
  });
  return errors.length ? { ok: false, errors } : { ok: true, deck: { slides } };
}

// The shape of resources/activities.json, and plain-English errors for the staff who edit it.

import { z } from 'zod';

export const SETTINGS = ['indoors', 'outdoors', 'water'] as const;
export const SOCIALS = ['alone', 'together', 'either'] as const;
export const COSTS = ['free', 'low', 'membership'] as const;
export const EQUIPMENT = ['none', 'some', 'facility'] as const;
export const IMPACTS = ['low', 'medium'] as const;

export type Setting = (typeof SETTINGS)[number];
export type Social = (typeof SOCIALS)[number];
export type Cost = (typeof COSTS)[number];
export type Equipment = (typeof EQUIPMENT)[number];
export type Impact = (typeof IMPACTS)[number];

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TRANSLATION_KEY_PATTERN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const ILLUSTRATION_PATTERN = /^illustrations\/activities\/[a-z0-9-]+\.svg$/;

const translationKey = z.string().regex(TRANSLATION_KEY_PATTERN, {
  error: 'must be a translation key like "activities.walking.name"',
});

const activitySchema = z
  .strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'must be lowercase kebab-case, like "tai-chi"' }),
    illustration: z.string().regex(ILLUSTRATION_PATTERN, {
      error: 'must be a path like "illustrations/activities/walking.svg"',
    }),
    settings: z
      .array(z.enum(SETTINGS))
      .min(1)
      .refine((settings) => new Set(settings).size === settings.length, {
        error: 'must not list a setting twice',
      }),
    social: z.enum(SOCIALS),
    cost: z.enum(COSTS),
    equipment: z.enum(EQUIPMENT),
    impact: z.enum(IMPACTS),
    easyStart: z.boolean(),
    isCore: z.boolean(),
    name: translationKey,
    techniqueTip: translationKey,
    startSmall: translationKey,
    gentler: translationKey,
    alt: translationKey,
  })
  // The plan rules treat easy-start forms as the safe default and core as a capped extra.
  .refine((activity) => !(activity.easyStart && activity.isCore), {
    error: 'cannot be true for core exercises (isCore is true)',
    path: ['easyStart'],
  });

const activitiesFileSchema = z.strictObject({
  version: z.literal(1),
  activities: z.array(activitySchema).min(1),
});

export type Activity = z.infer<typeof activitySchema>;

export type ParseActivitiesResult =
  { ok: true; activities: Activity[] } | { ok: false; errors: string[] };

export function parseActivities(data: unknown): ParseActivitiesResult {
  const parsed = activitiesFileSchema.safeParse(data);
  const errors = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => describeIssue(issue, data))),
    ...findDuplicateIds(data),
  ];
  if (parsed.success && errors.length === 0) {
    return { ok: true, activities: parsed.data.activities };
  }
  return { ok: false, errors };
}

type Issue = z.ZodError['issues'][number];
type PathSegment = PropertyKey;

function describeIssue(issue: Issue, data: unknown): string {
  const { owner, field } = splitPath(issue.path, data);
  const problem = describeProblem(issue, data);
  return field === '' ? `${owner}: ${problem}` : `${owner}: ${field} ${problem}`;
}

/** "activity "yoga"" plus the field path inside it, or "top level" plus a top-level field. */
function splitPath(path: readonly PathSegment[], data: unknown): { owner: string; field: string } {
  const [first, index, ...rest] = path;
  if (first === 'activities' && typeof index === 'number') {
    return { owner: nameActivity(data, index), field: formatFieldPath(rest) };
  }
  return { owner: 'top level', field: formatFieldPath(path) };
}

function nameActivity(data: unknown, index: number): string {
  const id = valueAt(data, ['activities', index, 'id']);
  return typeof id === 'string' && id !== '' ? `activity "${id}"` : `activity at index ${index}`;
}

function formatFieldPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, position) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      return position === 0 ? name : `.${name}`;
    })
    .join('');
}

function describeProblem(issue: Issue, data: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(data, issue.path) ? 'is missing' : `must be ${describeType(issue.expected)}`;
    case 'invalid_value':
      return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'too_small':
      return 'must not be empty';
    case 'unrecognized_keys': {
      const fields = issue.keys.map((key) => `"${key}"`).join(', ');
      return issue.keys.length === 1
        ? `has an unknown field ${fields}`
        : `has unknown fields ${fields}`;
    }
    default:
      return issue.message;
  }
}

function describeType(expected: string): string {
  switch (expected) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'boolean':
      return 'true or false';
    default:
      return `a ${expected}`;
  }
}

function isMissing(data: unknown, path: readonly PathSegment[]): boolean {
  if (path.length === 0) return data === undefined;
  const parent = valueAt(data, path.slice(0, -1));
  const key = path[path.length - 1];
  return isRecord(parent) && typeof key === 'string' && !(key in parent);
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Checked on the raw data so a duplicate is reported even when other fields are broken too.
function findDuplicateIds(data: unknown): string[] {
  const activities = valueAt(data, ['activities']);
  if (!Array.isArray(activities)) return [];
  const firstIndexById = new Map<string, number>();
  const errors: string[] = [];
  activities.forEach((activity: unknown, index) => {
    const id = isRecord(activity) ? activity.id : undefined;
    if (typeof id !== 'string') return;
    const firstIndex = firstIndexById.get(id);
    if (firstIndex === undefined) firstIndexById.set(id, index);
    else
      errors.push(
        `activity "${id}": id is used more than once (at index ${firstIndex} and ${index})`,
      );
  });
  return errors;
}

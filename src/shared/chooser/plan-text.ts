// The plan as short plain text, for the take-home QR code: a phone camera shows it as is.

import type { Activity } from './activities-schema';
import { DAY_SHORT_KEYS, PLAN_TEXT_ALARM_SIGN_KEYS, PLAN_TEXT_KEYS } from './keys';
import type { Plan, PlanDay } from './plan';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A version 20 QR code at error correction M holds 666 bytes: room for the week and, so that what
 * goes home is safe on its own, the urgent warning signs, whom to call (huisartsenpost, 112) and
 * the caution. The code on screen is drawn large enough for a phone to read it at that version.
 */
export const MAX_PLAN_TEXT_BYTES = 666;
export const MAX_QR_VERSION = 20;

interface Layout {
  withTitle: boolean;
  withRestNote: boolean;
  sourceKey: typeof PLAN_TEXT_KEYS.source | typeof PLAN_TEXT_KEYS.sourceShort;
}

// Busy weeks with long activity names do not fit with everything, so the text sheds the
// article title from the source first, then its own title, then what a rest day means. Days,
// the safety advice, the urgent warning signs with whom to call, and the caution always stay.
const LAYOUTS: readonly Layout[] = [
  { withTitle: true, withRestNote: true, sourceKey: PLAN_TEXT_KEYS.source },
  { withTitle: true, withRestNote: true, sourceKey: PLAN_TEXT_KEYS.sourceShort },
  { withTitle: false, withRestNote: true, sourceKey: PLAN_TEXT_KEYS.sourceShort },
  { withTitle: false, withRestNote: false, sourceKey: PLAN_TEXT_KEYS.sourceShort },
];

export function planToText(plan: Plan, activities: readonly Activity[], t: Translate): string {
  const dayLines = plan.days.map((day) => dayLine(day, activities, t));
  const texts = LAYOUTS.map((layout) => composeText(layout, dayLines, t));
  return (
    texts.find((text) => byteLength(text) <= MAX_PLAN_TEXT_BYTES) ?? texts[texts.length - 1] ?? ''
  );
}

function composeText(layout: Layout, dayLines: readonly string[], t: Translate): string {
  return [
    ...(layout.withTitle ? [t(PLAN_TEXT_KEYS.title)] : []),
    ...dayLines,
    ...(layout.withRestNote ? [t(PLAN_TEXT_KEYS.restNote)] : []),
    t(PLAN_TEXT_KEYS.listen),
    t(PLAN_TEXT_KEYS.alarm),
    ...PLAN_TEXT_ALARM_SIGN_KEYS.map((key) => t(key)),
    t(PLAN_TEXT_KEYS.alarmCall),
    t(PLAN_TEXT_KEYS.caution),
    t(layout.sourceKey),
  ].join('\n');
}

function dayLine(day: PlanDay, activities: readonly Activity[], t: Translate): string {
  return t(PLAN_TEXT_KEYS.dayLine, {
    day: t(DAY_SHORT_KEYS[day.day]),
    activity:
      day.activityId === null
        ? t(PLAN_TEXT_KEYS.rest)
        : activityName(day.activityId, activities, t),
    // Plain text, not HTML: i18next must not turn "&" into "&amp;".
    interpolation: { escapeValue: false },
  });
}

function activityName(id: string, activities: readonly Activity[], t: Translate): string {
  const activity = activities.find((candidate) => candidate.id === id);
  return activity ? t(activity.name) : id;
}

/** QR codes carry text as UTF-8 bytes. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

// When reading must stop: whenever what is on screen changes (another slide or step, the
// overview, the blank screen), the language changes, or something covers the screen (the idle
// warning, the staff panel). Reading never starts by itself, so the start screen stays silent.

import type { ReadPart } from './reading-order';

export interface ReadingScope {
  language: string;
  /** What the current screen offers to read; empty where nothing may be read. */
  parts: readonly ReadPart[];
  /** Something covers the screen. */
  covered: boolean;
}

export function scopeSignature(scope: ReadingScope): string {
  return `${scope.language}|${scope.parts.map((part) => part.id).join(',')}`;
}

export function mustStopReading(started: ReadingScope, now: ReadingScope): boolean {
  return now.covered || now.parts.length === 0 || scopeSignature(started) !== scopeSignature(now);
}

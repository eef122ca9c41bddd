// Turns what a screen offers to read into the sentences the voice says: the screen's words (or
// the content editor's override), with a day's name or a tile's number said before them.

import type { ReadPart, TextRef } from '@shared/speech/reading-order';
import { partId } from '@shared/speech/reading-order';
import { splitSentences } from '@shared/speech/sentences';

import type { Sentence } from './speak-sentences';

export type TranslateRef = (text: TextRef) => string;
export type OverrideLookup = (id: string) => string | undefined;

export function partSentences(
  parts: readonly ReadPart[],
  language: string,
  translate: TranslateRef,
  override: OverrideLookup,
): Sentence[] {
  return parts.flatMap((part) => {
    const replaced = override(partId(part.text));
    const body = replaced ?? translate(part.text);
    const before = [part.label && `${translate(part.label)}:`, part.count?.toString()]
      .filter(Boolean)
      .join(' ');
    const asShown = replaced === undefined && before === '';
    return splitSentences(before ? `${before} ${body}` : body, language).map((text, index) => ({
      partId: part.id,
      index,
      text,
      asShown,
    }));
  });
}

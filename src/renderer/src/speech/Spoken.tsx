// Screen text that follows the voice: the sentence being read is marked (and its word, where the
// voice reports word boundaries). Text spoken differently from how it is shown is marked whole.

import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

import { splitSentences } from '@shared/speech/sentences';

import { useSpeakingAt } from './ReadAloudProvider';
import type { SpeakingAt } from './speak-sentences';

function MarkedSentence({ text, word }: { text: string; word: SpeakingAt['word'] }) {
  return (
    <mark className="reading-now" data-testid="reading-now">
      {word ? (
        <>
          {text.slice(0, word[0])}
          <span className="reading-word">{text.slice(word[0], word[1])}</span>
          {text.slice(word[1])}
        </>
      ) : (
        text
      )}
    </mark>
  );
}

/** The part with this id is being read: for marking its tile, not only its words. */
export function useReadingNow(id: string): boolean {
  return useSpeakingAt()?.sentence.partId === id;
}

/** The class a tile gets while its part is read (read-aloud.css: colour only, no movement). */
export const READING_TILE = 'reading-now-tile';

export function Spoken({ id, children }: { id: string; children: string }) {
  const at = useSpeakingAt();
  const { i18n } = useTranslation();
  if (at?.sentence.partId !== id) return <>{children}</>;
  if (!at.sentence.asShown) return <MarkedSentence text={children} word={undefined} />;
  const sentences = splitSentences(children, i18n.resolvedLanguage ?? i18n.language);
  return (
    <>
      {sentences.map((sentence, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          {index === at.sentence.index ? (
            <MarkedSentence text={sentence} word={at.word} />
          ) : (
            sentence
          )}
        </Fragment>
      ))}
    </>
  );
}

// Owns reading aloud for the whole app: what the current screen offers to read, the chosen
// offline voice, the sentence being spoken, and the stop rules (see reading-scope.ts).

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';

import type { ReadPart } from '@shared/speech/reading-order';
import { mustStopReading, type ReadingScope } from '@shared/speech/reading-scope';
import { chooseVoice } from '@shared/speech/voice-choice';

import { partSentences } from './part-sentences';
import { speakSentences, type Sentence, type SpeakingAt } from './speak-sentences';
import { speechOverride } from './speech-overrides';
import { speechSynthesisOrNull, useVoices } from './useVoices';

/** The "slower" toggle's share of the configured calm rate. */
export const SLOWER_FACTOR = 0.75;

interface ReadAloud {
  /** Reading is switched on, a local voice speaks the language and the screen has words. */
  available: boolean;
  reading: boolean;
  slower: boolean;
  toggleReading(): void;
  toggleSlower(): void;
}

const ReadAloudContext = createContext<ReadAloud>({
  available: false,
  reading: false,
  slower: false,
  toggleReading: () => undefined,
  toggleSlower: () => undefined,
});
const SpeakingAtContext = createContext<SpeakingAt | null>(null);
const ReadingContentContext = createContext<(parts: readonly ReadPart[]) => void>(() => undefined);

export const useReadAloud = () => useContext(ReadAloudContext);
export const useSpeakingAt = () => useContext(SpeakingAtContext);

/**
 * Declares what the current screen reads aloud; an empty list (or unmounting) offers nothing.
 * Pass a memoised list: a new one on every render would offer it again on every render.
 */
export function useReadingContent(parts: readonly ReadPart[]): void {
  const offer = useContext(ReadingContentContext);
  useEffect(() => {
    offer(parts);
    return () => offer([]);
  }, [offer, parts]);
}

interface ReadAloudProviderProps {
  enabled: boolean;
  rate: number;
  /** The idle warning or the staff panel covers the screen. */
  covered: boolean;
  children: ReactNode;
}

interface Session {
  scope: ReadingScope;
  sentences: readonly Sentence[];
  at: SpeakingAt | null;
}

export function ReadAloudProvider({ enabled, rate, covered, children }: ReadAloudProviderProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const voices = useVoices();
  const voice = useMemo(() => chooseVoice(voices, language), [voices, language]);
  const [parts, setParts] = useState<readonly ReadPart[]>([]);
  const [slower, setSlower] = useState(false);
  const [session, setSession] = useState<Session | null>(null);
  const cancel = useRef<(() => void) | null>(null);
  const scope: ReadingScope = { language, parts, covered };

  // Stopping is a state change; the effect below silences the voice.
  if (session && mustStopReading(session.scope, scope)) setSession(null);
  useEffect(() => {
    if (session !== null) return;
    cancel.current?.();
    cancel.current = null;
  }, [session]);
  useEffect(() => () => cancel.current?.(), []);

  const speakFrom = useCallback(
    (sentences: readonly Sentence[], from: number, speakScope: ReadingScope, slow: boolean) => {
      const synth = speechSynthesisOrNull();
      if (!synth || !voice || sentences.length === 0) return;
      cancel.current?.();
      setSession({ scope: speakScope, sentences, at: null });
      cancel.current = speakSentences(
        synth,
        sentences.slice(from),
        voice,
        rate * (slow ? SLOWER_FACTOR : 1),
        {
          onAt: (at) => setSession((now) => now && { ...now, at }),
          onDone: () => setSession(null),
        },
      );
    },
    [voice, rate],
  );

  const toggleReading = () => {
    if (session) return setSession(null);
    const translate = (text: ReadPart['text']) =>
      t(text.key as never, { ns: text.ns, ...text.values } as never) as unknown as string;
    const override = (id: string) => speechOverride(language, id);
    speakFrom(partSentences(parts, language, translate, override), 0, scope, slower);
  };

  const toggleSlower = () => {
    setSlower(!slower);
    if (!session) return;
    const from = session.at ? session.sentences.indexOf(session.at.sentence) : 0;
    speakFrom(session.sentences, Math.max(0, from), session.scope, !slower);
  };

  const reading = session !== null;
  const value: ReadAloud = {
    available: enabled && voice !== null && parts.length > 0 && !covered,
    reading,
    slower,
    toggleReading,
    toggleSlower,
  };
  return (
    <ReadingContentContext.Provider value={setParts}>
      <ReadAloudContext.Provider value={value}>
        <SpeakingAtContext.Provider value={session?.at ?? null}>
          {children}
        </SpeakingAtContext.Provider>
      </ReadAloudContext.Provider>
    </ReadingContentContext.Provider>
  );
}

// A stand-in for the browser's speechSynthesis: it offers the voices a test chooses, records
// every utterance, and plays their events only when the test says so (start, word, end), so a
// test can watch the highlight step by step. Cancel behaves as in Chromium: the utterance being
// spoken and every queued one get an error event.

import type { Page } from '@playwright/test';

export interface StandInVoice {
  name: string;
  lang: string;
  localService: boolean;
}

export interface SpokenUtterance {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}

export const DUTCH_AND_ENGLISH: StandInVoice[] = [
  { name: 'Google Nederlands', lang: 'nl-NL', localService: false },
  { name: 'Flemish', lang: 'nl-BE', localService: true },
  { name: 'Dutch', lang: 'nl-NL', localService: true },
  { name: 'American', lang: 'en-US', localService: true },
  { name: 'British', lang: 'en-GB', localService: true },
];

export async function installSpeechStandIn(page: Page, voices: StandInVoice[]): Promise<void> {
  await page.addInitScript((offered: StandInVoice[]) => {
    type Handler = ((event: unknown) => void) | null;
    class Utterance {
      text: string;
      lang = '';
      voice: StandInVoice | null = null;
      rate = 1;
      onstart: Handler = null;
      onend: Handler = null;
      onerror: Handler = null;
      onboundary: Handler = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const spoken: SpokenUtterance[] = [];
    let queue: Utterance[] = [];
    let cancels = 0;
    const startNext = () => {
      const next = queue[0];
      if (next) setTimeout(() => queue[0] === next && next.onstart?.({}), 0);
    };
    class StandInSynthesis extends EventTarget {
      get speaking() {
        return queue.length > 0;
      }
      getVoices() {
        return offered.map((voice) => ({ ...voice, voiceURI: voice.name, default: false }));
      }
      speak(utterance: Utterance) {
        spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          voice: utterance.voice?.name ?? null,
          rate: utterance.rate,
        });
        queue.push(utterance);
        if (queue.length === 1) startNext();
      }
      cancel() {
        cancels += 1;
        const dropped = queue;
        queue = [];
        dropped.forEach((utterance, index) =>
          utterance.onerror?.({ error: index === 0 ? 'interrupted' : 'canceled' }),
        );
      }
      pause() {}
      resume() {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: new StandInSynthesis() });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, '__speech', {
      value: {
        spoken,
        cancels: () => cancels,
        word(charIndex: number, charLength: number) {
          queue[0]?.onboundary?.({ name: 'word', charIndex, charLength });
        },
        end() {
          const current = queue.shift();
          current?.onend?.({});
          startNext();
        },
      },
    });
  }, voices);
}

type SpeechControl = {
  spoken: SpokenUtterance[];
  cancels(): number;
  word(charIndex: number, charLength: number): void;
  end(): void;
};

export function spoken(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate(() => (window as unknown as { __speech: SpeechControl }).__speech.spoken);
}

export function cancels(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __speech: SpeechControl }).__speech.cancels());
}

export function endUtterance(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __speech: SpeechControl }).__speech.end());
}

export function speakWord(page: Page, charIndex: number, charLength: number): Promise<void> {
  return page.evaluate(
    ([index, length]) =>
      (window as unknown as { __speech: SpeechControl }).__speech.word(index!, length!),
    [charIndex, charLength],
  );
}

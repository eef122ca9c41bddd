// Queues sentences on the browser's speechSynthesis and reports which one (and which word, where
// the voice says) is being spoken. Events of a cancelled queue are ignored, since Chromium still
// fires them after cancel().

export interface Sentence {
  partId: string;
  index: number;
  text: string;
  /** The sentence is exactly as shown on screen (no override, label or count added). */
  asShown: boolean;
}

export interface SpeakingAt {
  sentence: Sentence;
  /** [start, end) of the word in the sentence, when the voice reports word boundaries. */
  word?: readonly [number, number];
}

export interface SpeakCallbacks {
  onAt(at: SpeakingAt): void;
  onDone(): void;
}

export function speakSentences(
  synth: SpeechSynthesis,
  sentences: readonly Sentence[],
  voice: SpeechSynthesisVoice,
  rate: number,
  { onAt, onDone }: SpeakCallbacks,
): () => void {
  let live = true;
  synth.cancel();
  sentences.forEach((sentence, position) => {
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = rate;
    utterance.onstart = () => live && onAt({ sentence });
    utterance.onboundary = (event) => {
      if (!live || event.name !== 'word') return;
      const length =
        event.charLength || /^\S*/u.exec(sentence.text.slice(event.charIndex))![0].length;
      onAt({ sentence, word: [event.charIndex, event.charIndex + length] });
    };
    const finish = () => {
      if (!live || position !== sentences.length - 1) return;
      live = false;
      onDone();
    };
    utterance.onend = finish;
    utterance.onerror = () => {
      if (!live) return;
      live = false;
      synth.cancel();
      onDone();
    };
    synth.speak(utterance);
  });
  return () => {
    if (!live) return;
    live = false;
    synth.cancel();
  };
}

import { describe, expect, it } from 'vitest';

import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits Dutch sentences at full stops, question and exclamation marks', () => {
    expect(splitSentences('Blijf bewegen. Wat helpt? Wandelen!', 'nl')).toEqual([
      'Blijf bewegen.',
      'Wat helpt?',
      'Wandelen!',
    ]);
  });

  it('keeps Dutch abbreviations and initials inside their sentence', () => {
    expect(
      splitSentences('Kies bijv. Wandelen of zwemmen. Vraag het o.a. Aan J. de Vries.', 'nl'),
    ).toEqual(['Kies bijv. Wandelen of zwemmen.', 'Vraag het o.a. Aan J. de Vries.']);
  });

  it('keeps English abbreviations inside their sentence', () => {
    expect(splitSentences('Try e.g. Walking. Dr. Smith agrees. So do I.', 'en-GB')).toEqual([
      'Try e.g. Walking.',
      'Dr. Smith agrees.',
      'So do I.',
    ]);
  });

  it('keeps a closing quote with the sentence it ends', () => {
    expect(
      splitSentences('Het blad zegt: “Zeker geen wondermiddel.” Dat is duidelijk.', 'nl'),
    ).toEqual(['Het blad zegt: “Zeker geen wondermiddel.”', 'Dat is duidelijk.']);
    expect(splitSentences('They wrote: "No miracle cure." Keep moving.', 'en')).toEqual([
      'They wrote: "No miracle cure."',
      'Keep moving.',
    ]);
  });

  it('does not split inside numbers and splits after a number that ends a sentence', () => {
    expect(splitSentences('Zo’n 2.5 miljoen mensen. In 2022. Daarna meer.', 'nl')).toEqual([
      'Zo’n 2.5 miljoen mensen.',
      'In 2022.',
      'Daarna meer.',
    ]);
  });

  it('does not split before a word in lower case', () => {
    expect(splitSentences('Het is ca. tien minuten. en dan rust', 'nl')).toEqual([
      'Het is ca. tien minuten. en dan rust',
    ]);
  });

  it('gives one sentence for text without an ending, none for blank text', () => {
    expect(splitSentences('Wandelen', 'nl')).toEqual(['Wandelen']);
    expect(splitSentences('   ', 'nl')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';

import { chooseVoice, type VoiceInfo } from './voice-choice';

const voice = (name: string, lang: string, localService = true): VoiceInfo => ({
  name,
  lang,
  localService,
});

describe('chooseVoice', () => {
  it('prefers nl-NL, then nl-BE, for Dutch', () => {
    const voices = [voice('Flemish', 'nl-BE'), voice('English', 'en-GB'), voice('Dutch', 'nl-NL')];
    expect(chooseVoice(voices, 'nl')?.name).toBe('Dutch');
    expect(chooseVoice(voices.slice(0, 2), 'nl')?.name).toBe('Flemish');
  });

  it('prefers en-GB, then en-US, for English', () => {
    const voices = [voice('US', 'en-US'), voice('Irish', 'en-IE'), voice('UK', 'en_GB')];
    expect(chooseVoice(voices, 'en')?.name).toBe('UK');
    expect(chooseVoice([voice('AU', 'en-AU'), voice('US', 'en-US')], 'en')?.name).toBe('US');
  });

  it('falls back to any local voice of the language, such as a bare "nl"', () => {
    expect(chooseVoice([voice('espeak Dutch', 'nl')], 'nl')?.name).toBe('espeak Dutch');
  });

  it('refuses network voices even when they match exactly', () => {
    const voices = [voice('Google Nederlands', 'nl-NL', false), voice('espeak', 'nl')];
    expect(chooseVoice(voices, 'nl')?.name).toBe('espeak');
    expect(chooseVoice([voice('Google Nederlands', 'nl-NL', false)], 'nl')).toBeNull();
  });

  it('gives no voice when none speaks the language', () => {
    expect(chooseVoice([voice('German', 'de-DE')], 'nl')).toBeNull();
    expect(chooseVoice([], 'en')).toBeNull();
  });
});

// Diagnostics for read aloud: every voice the computer offers, which one each language reads
// with, and what to install when a language has none.

import { useTranslation } from 'react-i18next';

import { chooseVoice } from '@shared/speech/voice-choice';

import { useVoices } from '../speech/useVoices';

export function VoiceDiagnostics({ languages }: { languages: readonly string[] }) {
  const { t } = useTranslation('kiosk');
  const voices = useVoices();
  return (
    <div className="staff-voices" data-testid="staff-voices">
      <h4>{t('staff.voices')}</h4>
      <ul>
        {languages.map((language) => {
          const voice = chooseVoice(voices, language);
          return (
            <li key={language}>
              {voice
                ? t('staff.voice-chosen', { language, voice: `${voice.name} (${voice.lang})` })
                : t('staff.voice-missing', { language })}
            </li>
          );
        })}
      </ul>
      {voices.length === 0 ? (
        <p>{t('staff.voices-none')}</p>
      ) : (
        <ul className="staff-voice-list">
          {voices.map((voice) => (
            <li key={voice.voiceURI}>
              {voice.name} ({voice.lang}) —{' '}
              {voice.localService ? t('staff.voice-local') : t('staff.voice-network')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

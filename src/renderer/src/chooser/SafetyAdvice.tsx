// What makes the result and the handout safe on their own: the urgent warning signs in the warning
// slide's own words, whom to call (huisartsenpost, 112, the GP when in doubt), and who should ask
// before they start.

import { useTranslation } from 'react-i18next';

import { URGENT_CALL, URGENT_HEADING, URGENT_SIGNS } from '@shared/deck/warning-signs';

import { Spoken } from '../speech/Spoken';

export function SafetyAdvice() {
  const { t } = useTranslation('chooser');
  const { t: article } = useTranslation('article');
  return (
    <section className="result-safety" aria-labelledby="safety-heading" data-testid="safety">
      <div className="result-alarm" data-fit-box>
        <h2 id="safety-heading" className="result-alarm-heading">
          <Spoken id={`article:${URGENT_HEADING}`}>{article(URGENT_HEADING)}</Spoken>
        </h2>
        <ul className="result-alarm-signs" data-testid="alarm-signs">
          {URGENT_SIGNS.map((key) => (
            <li key={key}>
              <Spoken id={`article:${key}`}>{article(key)}</Spoken>
            </li>
          ))}
        </ul>
        {URGENT_CALL.map((key) => (
          <p key={key} className="result-alarm-call">
            <Spoken id={`article:${key}`}>{article(key)}</Spoken>
          </p>
        ))}
      </div>
      <p className="result-caution" data-testid="result-caution" data-fit-box>
        <Spoken id="chooser:steps.activities.caution">{t('steps.activities.caution')}</Spoken>
      </p>
    </section>
  );
}

// The result: the week, why variety helps, tips to start, the safety advice (the urgent warning
// signs, whom to call, who should ask first), and the plan to take home as a QR code (plain text)
// or a printed one-page handout.

import './result.css';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Activity } from '@shared/chooser/activities-schema';
import {
  COST_KEYS,
  DAY_FULL_KEYS,
  DAY_SHORT_KEYS,
  EQUIPMENT_KEYS,
  IMPACT_KEYS,
  NOTICE_KEYS,
} from '@shared/chooser/keys';
import type { Plan } from '@shared/chooser/plan';
import { planToText } from '@shared/chooser/plan-text';
import { shownTip } from '@shared/speech/reading-order';

import { printHandout } from '../bridge/kiosk-backend';
import { useKioskSettings } from '../bridge/useKioskSettings';
import { READING_TILE, Spoken, useReadingNow } from '../speech/Spoken';
import { QrCode } from './QrCode';
import { SafetyAdvice } from './SafetyAdvice';
import { useDataText, usePlanTranslate } from './useChooserText';
import { useFit } from './useFit';

type PrintState = 'idle' | 'printing' | 'done' | 'disabled' | 'limit' | 'failed';

/** Printing goes through the kiosk's main process when there is one, else the browser. */
function usePrint(): { state: PrintState; print(): void } {
  const [state, setState] = useState<PrintState>('idle');
  const print = () => {
    setState('printing');
    printHandout().then(
      (result) => setState(result.ok ? 'done' : result.reason),
      () => setState('failed'),
    );
  };
  return { state, print };
}

interface ResultScreenProps {
  plan: Plan;
  activities: readonly Activity[];
  /** The activity whose tips are shown; undefined: the plan's first. */
  tipId: string | undefined;
  onTip(id: string): void;
  onBack(): void;
  onStartAgain(): void;
  onClose(): void;
}

export function ResultScreen({
  plan,
  activities,
  tipId,
  onTip,
  onBack,
  onStartAgain,
  onClose,
}: ResultScreenProps) {
  const { t, i18n } = useTranslation('chooser');
  const text = useDataText();
  const translate = usePlanTranslate();
  const main = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { printing: canPrint } = useKioskSettings();
  const { state: printState, print } = usePrint();

  const byId = useMemo(
    () => new Map(activities.map((activity) => [activity.id, activity])),
    [activities],
  );
  const used = plan.activityIds.flatMap((id) => byId.get(id) ?? []);
  const tip = shownTip(plan, activities, tipId);
  const planText = planToText(plan, activities, translate);

  useFit(main, [i18n.language, plan, tip?.id, printState]);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);

  const printMessage =
    printState === 'done'
      ? t('result.print-done')
      : printState === 'disabled'
        ? t('result.print-disabled')
        : printState === 'limit'
          ? t('result.print-limit')
          : printState === 'failed'
            ? t('result.print-failed')
            : '';

  return (
    <main className="chooser chooser-result" ref={main}>
      <header className="result-header">
        <h1 ref={heading} tabIndex={-1} className="chooser-heading">
          <Spoken id="chooser:result.heading">{t('result.heading')}</Spoken>
        </h1>
        <p className="result-lead" data-testid="not-a-prescription">
          <Spoken id="chooser:result.not-a-prescription">{t('result.not-a-prescription')}</Spoken>
        </p>
      </header>

      <ol className="week" data-testid="plan-week" data-fit-box>
        {plan.days.map(({ day, activityId }) => (
          <WeekDay
            key={day}
            day={day}
            activity={activityId === null ? undefined : byId.get(activityId)}
          />
        ))}
      </ol>

      <div className="result-main" data-fit-box>
        {plan.notices.length > 0 && (
          <ul className="notices" data-testid="plan-notices">
            {plan.notices.map((notice) => (
              <li key={notice} data-notice={notice}>
                <Spoken id={`chooser:${NOTICE_KEYS[notice]}`}>{t(NOTICE_KEYS[notice])}</Spoken>
              </li>
            ))}
          </ul>
        )}

        {tip && (
          <section className="tips screen-only" aria-labelledby="tips-heading">
            <div className="tips-top">
              <h2 id="tips-heading" className="result-subheading">
                <Spoken id="chooser:result.tips-heading">{t('result.tips-heading')}</Spoken>
              </h2>
              {used.length > 1 && (
                <div className="tip-choices" role="group" aria-labelledby="tips-heading">
                  {used.map((activity) => (
                    <button
                      key={activity.id}
                      type="button"
                      className="tip-choice"
                      aria-pressed={activity.id === tip.id}
                      aria-controls="tip-card"
                      onClick={() => onTip(activity.id)}
                    >
                      {text(activity.name)}
                    </button>
                  ))}
                </div>
              )}
            </div>
            <TipCard id="tip-card" activity={tip} spoken />
          </section>
        )}

        <section className="advice" aria-labelledby="advice-heading">
          <h2 id="advice-heading" className="visually-hidden">
            <Spoken id="chooser:result.advice-heading">{t('result.advice-heading')}</Spoken>
          </h2>
          <p className="advice-why">
            <Spoken id="chooser:result.why-variety">{t('result.why-variety')}</Spoken>
          </p>
          <p className="advice-rest">
            <Spoken id="chooser:result.rest-day-detail">{t('result.rest-day-detail')}</Spoken>
          </p>
          <p className="advice-listen">
            <Spoken id="chooser:result.listen-to-body">{t('result.listen-to-body')}</Spoken>
          </p>
          <p className="advice-see">
            <Spoken id="chooser:result.see-professional">{t('result.see-professional')}</Spoken>
          </p>
        </section>
      </div>

      <aside className="result-side">
        <QrCode text={planText} alt={t('result.qr-alt')} caption={t('result.qr-caption')} />
      </aside>
      <SafetyAdvice />

      {/* The handout shows every activity's tips; the screen shows one at a time. */}
      <section className="print-tips print-only" aria-labelledby="print-tips-heading">
        <h2 id="print-tips-heading" className="result-subheading">
          {t('result.tips-heading')}
        </h2>
        <ul data-count={used.length}>
          {used.map((activity) => (
            <li key={activity.id}>
              <TipCard activity={activity} withGentler />
            </li>
          ))}
        </ul>
      </section>
      <p className="result-source print-only">{t('result.source')}</p>

      <div className="result-actions">
        <button type="button" className="chooser-nav-button chooser-back" onClick={onBack}>
          <span aria-hidden="true" className="nav-arrow">
            ←
          </span>
          {t('buttons.back')}
        </button>
        <button
          type="button"
          className="chooser-nav-button chooser-secondary"
          onClick={onStartAgain}
        >
          {t('buttons.start-again')}
        </button>
        <button type="button" className="chooser-nav-button chooser-secondary" onClick={onClose}>
          {t('buttons.close')}
        </button>
        <p className="print-status" role="status">
          {printMessage}
        </p>
        {canPrint && (
          <button
            type="button"
            className="chooser-nav-button chooser-next"
            onClick={print}
            disabled={printState === 'printing'}
          >
            {t('buttons.print')}
          </button>
        )}
      </div>
    </main>
  );
}

/** A day of the week; while it is read, its activity (or rest) is marked and the tile too. */
function WeekDay({ day, activity }: { day: Plan['days'][number]['day']; activity?: Activity }) {
  const { t } = useTranslation('chooser');
  const text = useDataText();
  const id = `chooser:week#${day}`;
  const readingNow = useReadingNow(id);
  return (
    <li
      className={[
        'week-day',
        activity ? 'week-active' : 'week-rest',
        ...(readingNow ? [READING_TILE] : []),
      ].join(' ')}
      data-activity={activity?.id ?? 'rest'}
    >
      <span className="week-day-name">
        <span className="day-short" aria-hidden="true">
          {t(DAY_SHORT_KEYS[day])}
        </span>
        <span className="day-full">{t(DAY_FULL_KEYS[day])}</span>
      </span>
      {activity ? (
        <img
          className="week-image"
          src={`/resources/${activity.illustration}`}
          alt=""
          draggable={false}
        />
      ) : (
        <span className="week-rest-mark" aria-hidden="true" />
      )}
      <span className="week-activity" data-fit-box>
        <Spoken id={id}>{activity ? text(activity.name) : t('result.rest-day')}</Spoken>
      </span>
    </li>
  );
}

/** An activity's tips; `spoken`: the card on screen, whose texts follow the voice. */
function TipCard({
  id,
  activity,
  withGentler = false,
  spoken = false,
}: {
  id?: string;
  activity: Activity;
  withGentler?: boolean;
  spoken?: boolean;
}) {
  const { t } = useTranslation('chooser');
  const text = useDataText();
  const words = (key: string) => {
    const shown = text(key);
    return spoken ? <Spoken id={`chooser:${key}`}>{shown}</Spoken> : shown;
  };
  return (
    <article id={id} className="tip-card" data-activity={activity.id}>
      <img
        className="tip-image"
        src={`/resources/${activity.illustration}`}
        alt={text(activity.alt)}
        draggable={false}
      />
      <div className="tip-text">
        <h3 className="tip-name">{words(activity.name)}</h3>
        <ul
          className="tip-properties"
          aria-label={t('result.properties-label')}
          data-testid="tip-properties"
        >
          {[
            t(EQUIPMENT_KEYS[activity.equipment]),
            t(COST_KEYS[activity.cost]),
            t(IMPACT_KEYS[activity.impact]),
          ].map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
        <dl className="tip-list">
          <div>
            <dt>{t('result.technique-label')}</dt>
            <dd>{words(activity.techniqueTip)}</dd>
          </div>
          <div>
            <dt>{t('result.start-small-label')}</dt>
            <dd>{words(activity.startSmall)}</dd>
          </div>
          {withGentler && (
            <div>
              <dt>{t('result.gentler-label')}</dt>
              <dd>{text(activity.gentler)}</dd>
            </div>
          )}
        </dl>
      </div>
    </article>
  );
}

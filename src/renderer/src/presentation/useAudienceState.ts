// What the audience window shows, as one presentation state (the route in the URL hash, the
// overview, the blank screen, the language), and one way to change it: the same commands
// whether they come from a touch, a key or the presenter window.

import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Route } from '@shared/deck/navigation';
import {
  applyCommand,
  type PresentationCommand,
  type PresentationState,
} from '@shared/presentation/presentation-state';

import { rememberLanguage } from '../i18n/remembered-language';
import { useRoute } from '../shell/useRoute';

const sameRoute = (a: Route, b: Route): boolean =>
  a.screen === b.screen && (a.screen !== 'slide' || (b.screen === 'slide' && a.index === b.index));

export interface AudienceState {
  /** Reading aloud is filled in by whoever knows (the read-aloud provider). */
  view: Omit<PresentationState, 'reading' | 'canRead'>;
  apply(command: PresentationCommand): void;
}

export function useAudienceState(slideCount: number, languages: readonly string[]): AudienceState {
  const { i18n } = useTranslation();
  const [route, setRoute] = useRoute(slideCount);
  const [overview, setOverview] = useState(false);
  const [blank, setBlank] = useState(false);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const view = useMemo(
    () => ({ route, overview, blank, language }),
    [route, overview, blank, language],
  );

  const apply = useCallback(
    (command: PresentationCommand) => {
      const next = applyCommand({ ...view, reading: false, canRead: false }, command, {
        slideCount,
        languages,
      });
      if (!sameRoute(next.route, view.route)) setRoute(next.route);
      setOverview(next.overview);
      setBlank(next.blank);
      if (next.language !== view.language) {
        rememberLanguage(next.language);
        void i18n.changeLanguage(next.language);
      }
    },
    [view, slideCount, languages, setRoute, i18n],
  );

  return { view, apply };
}

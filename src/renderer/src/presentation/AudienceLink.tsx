// Connects the audience window to a presenter window, if one is open: sends what the screen
// shows (reading aloud included) and carries out what the presenter asks.

import { useEffect, useEffectEvent, useMemo } from 'react';

import type {
  PresentationCommand,
  PresentationState,
} from '@shared/presentation/presentation-state';

import { useReadAloud } from '../speech/ReadAloudProvider';
import { useAudienceLink } from './useAudienceLink';

interface AudienceLinkProps {
  view: Omit<PresentationState, 'reading' | 'canRead'>;
  apply(command: PresentationCommand): void;
  onPresenter(connected: boolean): void;
}

export function AudienceLink({ view, apply, onPresenter }: AudienceLinkProps) {
  const readAloud = useReadAloud();
  const { reading, available } = readAloud;
  const state = useMemo(
    () => ({ ...view, reading, canRead: available }),
    [view, reading, available],
  );
  const presenter = useAudienceLink(state, (command) => {
    if (command.type !== 'read') return apply(command);
    const start = command.on && !readAloud.reading && readAloud.available;
    const stop = !command.on && readAloud.reading;
    if (start || stop) readAloud.toggleReading();
  });
  const report = useEffectEvent(onPresenter);
  useEffect(() => report(presenter), [presenter]);
  return null;
}

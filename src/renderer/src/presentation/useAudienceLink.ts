// The audience window's side of a presentation: it answers a presenter that says hello with
// the screen as it is, sends every change, and carries out the presenter's commands.

import { useEffect, useEffectEvent, useRef, useState } from 'react';

import type { PresentationMessage } from '@shared/presentation/presentation-messages';
import type {
  PresentationCommand,
  PresentationState,
} from '@shared/presentation/presentation-state';

import { openPresentationLink, type PresentationLink } from './presentation-link';

/** Returns whether a presenter window is connected. */
export function useAudienceLink(
  state: PresentationState,
  onCommand: (command: PresentationCommand) => void,
): boolean {
  const [presenter, setPresenter] = useState(false);
  const link = useRef<PresentationLink | null>(null);
  const receive = useEffectEvent((message: PresentationMessage) => {
    if (message.kind === 'hello') {
      setPresenter(true);
      link.current?.send({ kind: 'state', state });
    } else if (message.kind === 'bye') {
      setPresenter(false);
    } else if (message.kind === 'command') {
      setPresenter(true);
      onCommand(message.command);
    }
  });

  useEffect(() => {
    const opened = openPresentationLink();
    link.current = opened;
    const unsubscribe = opened.subscribe((message) => receive(message));
    opened.send({ kind: 'audience-hello' });
    const goodbye = () => opened.send({ kind: 'audience-bye' });
    window.addEventListener('pagehide', goodbye);
    return () => {
      window.removeEventListener('pagehide', goodbye);
      goodbye();
      unsubscribe();
      opened.close();
      link.current = null;
    };
  }, []);

  useEffect(() => {
    if (presenter) link.current?.send({ kind: 'state', state });
  }, [presenter, state]);

  return presenter;
}

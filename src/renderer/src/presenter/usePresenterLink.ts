// The presenter window's side of a presentation: it says hello, follows the state the audience
// window sends, and sends its commands there. It never changes the screen by itself.

import { useCallback, useEffect, useRef, useState } from 'react';

import type {
  PresentationCommand,
  PresentationState,
} from '@shared/presentation/presentation-state';

import { openPresentationLink, type PresentationLink } from '../presentation/presentation-link';

export interface PresenterLink {
  /** What the audience window shows; null until it has answered. */
  state: PresentationState | null;
  send(command: PresentationCommand): void;
  /** "Stop presenting": in the app the presenter window closes. */
  end(): void;
}

export function usePresenterLink(): PresenterLink {
  const [state, setState] = useState<PresentationState | null>(null);
  const link = useRef<PresentationLink | null>(null);

  useEffect(() => {
    const opened = openPresentationLink();
    link.current = opened;
    const unsubscribe = opened.subscribe((message) => {
      if (message.kind === 'state') setState(message.state);
      else if (message.kind === 'audience-hello') opened.send({ kind: 'hello' });
      else if (message.kind === 'audience-bye') setState(null);
    });
    opened.send({ kind: 'hello' });
    // In the app the main process tells the audience when this window closes; a browser tab
    // has to say goodbye itself.
    const goodbye = () => opened.send({ kind: 'bye' });
    if (!opened.throughMain) window.addEventListener('pagehide', goodbye);
    return () => {
      window.removeEventListener('pagehide', goodbye);
      if (!opened.throughMain) goodbye();
      unsubscribe();
      opened.close();
      link.current = null;
    };
  }, []);

  const send = useCallback((command: PresentationCommand) => {
    link.current?.send({ kind: 'command', command });
  }, []);
  const end = useCallback(() => {
    link.current?.send({ kind: 'bye' });
    setState(null);
  }, []);
  return { state, send, end };
}

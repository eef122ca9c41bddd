// The line between the two windows of a presentation: the main process in the app, a
// BroadcastChannel of this origin in a plain browser (a second tab at #/presenter). Whatever
// arrives is checked before anyone sees it.

import {
  parsePresentationMessage,
  type PresentationMessage,
} from '@shared/presentation/presentation-messages';

export const PRESENTATION_CHANNEL = 'physio-kiosk.presentation';

export interface PresentationLink {
  send(message: PresentationMessage): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (message: PresentationMessage) => void): () => void;
  /** True in the app, where the main process notices a window closing by itself. */
  readonly throughMain: boolean;
  close(): void;
}

function checked(listener: (message: PresentationMessage) => void) {
  return (data: unknown) => {
    const message = parsePresentationMessage(data);
    if (message) listener(message);
  };
}

function bridgeLink(api: NonNullable<Window['kiosk']>): PresentationLink {
  return {
    send: (message) => void api.sendPresentation(message).catch(() => undefined),
    subscribe: (listener) => api.onPresentation(checked(listener)),
    throughMain: true,
    close: () => undefined,
  };
}

function broadcastLink(): PresentationLink {
  const channel = new BroadcastChannel(PRESENTATION_CHANNEL);
  return {
    send: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      const receive = checked(listener);
      const onMessage = (event: MessageEvent) => receive(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    throughMain: false,
    close: () => channel.close(),
  };
}

/** A link with nowhere to go: a browser without BroadcastChannel presents nothing. */
const NO_LINK: PresentationLink = {
  send: () => undefined,
  subscribe: () => () => undefined,
  throughMain: false,
  close: () => undefined,
};

export function openPresentationLink(): PresentationLink {
  if (window.kiosk) return bridgeLink(window.kiosk);
  return typeof BroadcastChannel === 'function' ? broadcastLink() : NO_LINK;
}

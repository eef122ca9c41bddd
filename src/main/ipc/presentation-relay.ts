// Carries presentation messages between the audience window and the presenter window. Which
// window is which is decided here, by the window a message came from, never by what the page
// says about itself; a message the sender's role may not send is dropped and logged.

import type { RotatingLog } from '../../node/rotating-log';
import { IpcEvent } from '../../shared/ipc';
import {
  type PresentationMessage,
  type PresentationRole,
  senderRole,
} from '../../shared/presentation/presentation-messages';

export interface MessageTarget {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export interface PresentationRelay {
  /** The window's web contents now plays this role (replacing any before it). */
  attach(role: PresentationRole, target: MessageTarget): void;
  /** The window (by its web contents' id) is closing or gone: the other side is told. */
  detach(id: number): void;
  /** True when the message was the sender's to send and went on. */
  relay(message: PresentationMessage, senderId: number): boolean;
}

const OTHER: Record<PresentationRole, PresentationRole> = {
  audience: 'presenter',
  presenter: 'audience',
};
const FAREWELL: Record<PresentationRole, PresentationMessage> = {
  audience: { kind: 'audience-bye' },
  presenter: { kind: 'bye' },
};

export function createPresentationRelay(log: Pick<RotatingLog, 'warn'>): PresentationRelay {
  const targets = new Map<PresentationRole, MessageTarget>();

  const roleOf = (id: number): PresentationRole | undefined =>
    [...targets].find(([, target]) => target.id === id)?.[0];

  const deliver = (role: PresentationRole, message: PresentationMessage): void => {
    const target = targets.get(role);
    if (target !== undefined && !target.isDestroyed()) target.send(IpcEvent.presentation, message);
  };

  return {
    attach: (role, target) => targets.set(role, target),
    detach: (id) => {
      const role = roleOf(id);
      if (role === undefined) return;
      targets.delete(role);
      deliver(OTHER[role], FAREWELL[role]);
    },
    relay: (message, senderId) => {
      const role = roleOf(senderId);
      if (role === undefined || senderRole(message) !== role) {
        log.warn('presentation message refused', { kind: message.kind, from: role ?? 'unknown' });
        return false;
      }
      deliver(OTHER[role], message);
      return true;
    },
  };
}

import { describe, expect, it, vi } from 'vitest';

import { IpcEvent } from '../../shared/ipc';
import { createPresentationRelay, type MessageTarget } from './presentation-relay';

function target(id: number): MessageTarget & { received: unknown[]; gone: boolean } {
  const received: unknown[] = [];
  const t = {
    id,
    received,
    gone: false,
    send: (channel: string, message: unknown) => received.push([channel, message]),
    isDestroyed: () => t.gone,
  };
  return t;
}

function setup() {
  const log = { warn: vi.fn() };
  const relay = createPresentationRelay(log);
  const audience = target(1);
  const presenter = target(2);
  relay.attach('audience', audience);
  relay.attach('presenter', presenter);
  return { relay, log, audience, presenter };
}

const state = {
  route: { screen: 'slide' as const, index: 3 },
  overview: false,
  blank: false,
  language: 'nl',
  reading: false,
  canRead: false,
};

describe('presentation relay', () => {
  it('carries the audience state to the presenter and commands to the audience', () => {
    const { relay, audience, presenter } = setup();
    expect(relay.relay({ kind: 'state', state }, 1)).toBe(true);
    expect(relay.relay({ kind: 'command', command: { type: 'go', index: 4 } }, 2)).toBe(true);
    expect(presenter.received).toEqual([[IpcEvent.presentation, { kind: 'state', state }]]);
    expect(audience.received).toEqual([
      [IpcEvent.presentation, { kind: 'command', command: { type: 'go', index: 4 } }],
    ]);
  });

  it('drops a command from the audience window, so a patient cannot steer the presenter', () => {
    const { relay, log, presenter, audience } = setup();
    expect(relay.relay({ kind: 'command', command: { type: 'home' } }, 1)).toBe(false);
    relay.relay({ kind: 'hello' }, 1);
    relay.relay({ kind: 'state', state }, 2);
    expect(presenter.received).toEqual([]);
    expect(audience.received).toEqual([]);
    expect(log.warn).toHaveBeenCalledTimes(3);
  });

  it('drops messages from a window that plays no part', () => {
    const { relay, log, audience, presenter } = setup();
    relay.relay({ kind: 'hello' }, 99);
    expect(audience.received).toEqual([]);
    expect(presenter.received).toEqual([]);
    expect(log.warn).toHaveBeenCalledWith('presentation message refused', {
      kind: 'hello',
      from: 'unknown',
    });
  });

  it('tells the audience when the presenter window goes, and stops sending to it', () => {
    const { relay, audience, presenter } = setup();
    relay.detach(presenter.id);
    expect(audience.received).toEqual([[IpcEvent.presentation, { kind: 'bye' }]]);
    relay.relay({ kind: 'state', state }, 1);
    expect(presenter.received).toEqual([]);
  });

  it('never sends to destroyed contents', () => {
    const { relay, presenter } = setup();
    presenter.gone = true;
    relay.relay({ kind: 'state', state }, 1);
    expect(presenter.received).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';

import { createFakeTimers } from '../test-support/fake-timers';
import { createStaffSession, STAFF_SESSION_MS } from './staff-session';

describe('staff session', () => {
  it('lasts two minutes', () => expect(STAFF_SESSION_MS).toBe(120_000));

  it('is closed until opened', () => {
    expect(createStaffSession({ timers: createFakeTimers() }).isOpen()).toBe(false);
  });

  it('stays open for exactly two minutes, then ends by itself and says so once', () => {
    const timers = createFakeTimers(5_000);
    const onEnd = vi.fn();
    const session = createStaffSession({ timers, onEnd });
    session.open();
    timers.advance(STAFF_SESSION_MS - 1);
    expect(session.isOpen()).toBe(true);
    expect(onEnd).not.toHaveBeenCalled();
    timers.advance(1);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(session.isOpen()).toBe(false);
    timers.advance(STAFF_SESSION_MS * 3);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('is not extended by use', () => {
    const timers = createFakeTimers();
    const session = createStaffSession({ timers });
    session.open();
    for (let i = 0; i < 10; i += 1) {
      timers.advance(10_000);
      expect(session.isOpen()).toBe(true);
    }
    timers.advance(STAFF_SESSION_MS - 100_000);
    expect(session.isOpen()).toBe(false);
  });

  it('ends at once when closed (exit, reload, idle reset), and only once', () => {
    const timers = createFakeTimers();
    const onEnd = vi.fn();
    const session = createStaffSession({ timers, onEnd });
    session.close();
    expect(onEnd).not.toHaveBeenCalled();
    session.open();
    session.close();
    session.close();
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(session.isOpen()).toBe(false);
    expect(timers.pendingDelays()).toEqual([]);
  });

  it('a second unlock starts a fresh two minutes', () => {
    const timers = createFakeTimers();
    const session = createStaffSession({ timers });
    session.open();
    timers.advance(100_000);
    session.open();
    timers.advance(100_000);
    expect(session.isOpen()).toBe(true);
    expect(timers.pendingDelays()).toHaveLength(1);
  });

  it('a clock that jumps back ends the session rather than stretching it', () => {
    let now = 50_000;
    const timers = { ...createFakeTimers(), now: () => now };
    const session = createStaffSession({ timers });
    session.open();
    now = 10_000;
    expect(session.isOpen()).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';

import { createStaffSession, STAFF_SESSION_MS } from './staff-session';

function clock(start = 5_000) {
  let now = start;
  return { now: () => now, set: (value: number) => (now = value) };
}

describe('staff session', () => {
  it('lasts two minutes', () => expect(STAFF_SESSION_MS).toBe(120_000));

  it('is closed until opened', () => {
    expect(createStaffSession({ now: () => 0 }).isOpen()).toBe(false);
  });

  it('stays open for exactly two minutes after it was opened', () => {
    const time = clock();
    const session = createStaffSession({ now: time.now });
    session.open();
    time.set(5_000 + STAFF_SESSION_MS - 1);
    expect(session.isOpen()).toBe(true);
    time.set(5_000 + STAFF_SESSION_MS);
    expect(session.isOpen()).toBe(false);
  });

  it('is not extended by use, and stays closed once expired', () => {
    const time = clock();
    const session = createStaffSession({ now: time.now });
    session.open();
    for (const at of [30_000, 60_000, 100_000]) {
      time.set(5_000 + at);
      expect(session.isOpen()).toBe(true);
    }
    time.set(5_000 + STAFF_SESSION_MS);
    expect(session.isOpen()).toBe(false);
    time.set(5_000); // a clock that goes back must not reopen it
    expect(session.isOpen()).toBe(false);
  });

  it('a new unlock starts a new two minutes', () => {
    const time = clock();
    const session = createStaffSession({ now: time.now });
    session.open();
    time.set(5_000 + 100_000);
    session.open();
    time.set(5_000 + 100_000 + STAFF_SESSION_MS - 1);
    expect(session.isOpen()).toBe(true);
  });

  it('closes on request', () => {
    const session = createStaffSession({ now: () => 0 });
    session.open();
    session.close();
    expect(session.isOpen()).toBe(false);
  });

  it('treats a clock that went back before the unlock as expired', () => {
    const time = clock();
    const session = createStaffSession({ now: time.now });
    session.open();
    time.set(4_000);
    expect(session.isOpen()).toBe(false);
  });
});

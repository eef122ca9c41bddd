import { describe, expect, it, vi } from 'vitest';

import { createFakeTimers } from '../../node/test-support/fake-timers';
import { createPresenterTimeout } from './presenter-timeout';

const MINUTE = 60_000;

describe('presenter timeout', () => {
  it('ends presenting 20 minutes after the last presenter command, not before', () => {
    const timers = createFakeTimers();
    const onTimeout = vi.fn();
    const timeout = createPresenterTimeout({ timers, ms: 20 * MINUTE, onTimeout });
    timeout.setPresenting(true);
    timers.advance(19 * MINUTE);
    timeout.touch();
    // Other settings change while presenting: that is no presenter command.
    timeout.setPresenting(true);
    timers.advance(19 * MINUTE);
    expect(onTimeout).not.toHaveBeenCalled();
    timers.advance(MINUTE);
    expect(onTimeout).toHaveBeenCalledOnce();
    timers.advance(60 * MINUTE);
    expect(onTimeout).toHaveBeenCalledOnce();
  });

  it('does nothing once presenting has ended', () => {
    const timers = createFakeTimers();
    const onTimeout = vi.fn();
    const timeout = createPresenterTimeout({ timers, ms: 20 * MINUTE, onTimeout });
    timeout.setPresenting(true);
    timeout.setPresenting(false);
    timers.advance(60 * MINUTE);
    expect(onTimeout).not.toHaveBeenCalled();
    expect(timers.pendingDelays()).toEqual([]);
  });
});

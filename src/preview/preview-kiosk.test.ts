// The HTTP routes themselves are tested through a real server in preview-http.test.ts.

import { describe, expect, it } from 'vitest';

import type { KioskSetup } from '../node/config/kiosk-setup';
import { hashPin } from '../node/kiosk/pin';
import { createFakeTimers } from '../node/test-support/fake-timers';
import { DEFAULT_CONFIG } from '../shared/settings/kiosk-settings';
import { createPreviewKiosk, isKioskTarget, KIOSK_PREFIX } from './preview-kiosk';

function setupWith(staffPin: KioskSetup['config']['staffPin']): KioskSetup {
  const config = { ...DEFAULT_CONFIG, staffPin };
  return { configPath: undefined, source: 'defaults', config, errors: [] };
}

describe('preview kiosk', () => {
  it('claims exactly the targets under /__kiosk/', () => {
    expect(KIOSK_PREFIX).toBe('/__kiosk/');
    expect(isKioskTarget('/__kiosk/settings.json')).toBe(true);
    expect(isKioskTarget('/__kiosk/')).toBe(true);
    expect(isKioskTarget('/__kiosk')).toBe(false);
    expect(isKioskTarget('/__kioskx/settings.json')).toBe(false);
    expect(isKioskTarget('/resources/__kiosk/settings.json')).toBe(false);
    expect(isKioskTarget('/%5F%5Fkiosk/settings.json')).toBe(false);
  });

  it('checks PINs against the config, with its own lockout on the given clock', () => {
    const timers = createFakeTimers();
    const kiosk = createPreviewKiosk(setupWith(hashPin('864213', Buffer.alloc(24, 2))), timers);
    expect(kiosk.unlock.attempt('864213')).toEqual({ ok: true });
    for (const wrong of ['1', '2']) kiosk.unlock.attempt(wrong);
    expect(kiosk.unlock.attempt('3')).toEqual({ ok: false, reason: 'locked', secondsLeft: 60 });
    timers.advance(60_000);
    expect(kiosk.unlock.attempt('864213')).toEqual({ ok: true });
  });

  it('without a PIN in the config, nothing unlocks', () => {
    const kiosk = createPreviewKiosk(setupWith(null));
    expect(kiosk.unlock.attempt('123456')).toEqual({ ok: false, reason: 'no-pin-configured' });
  });
});

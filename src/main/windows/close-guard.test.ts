import { describe, expect, it, vi } from 'vitest';

import { createCloseGuard } from './close-guard';

type Listener = (event: { preventDefault(): void }) => void;

function fakeWindow() {
  const listeners = new Map<string, Listener[]>();
  const window = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return window;
    },
    setClosable: vi.fn(),
    isDestroyed: () => false,
  };
  /** Fires a window event; true when a listener prevented it. */
  const fire = (name: string): boolean => {
    let prevented = false;
    for (const listener of listeners.get(name) ?? []) {
      listener({ preventDefault: () => (prevented = true) });
    }
    return prevented;
  };
  return { window, fire };
}

function setup(mode: { kiosk: boolean } = { kiosk: true }) {
  const log = { info: vi.fn(), warn: vi.fn() };
  const closeGuard = createCloseGuard(() => mode.kiosk, log);
  const { window, fire } = fakeWindow();
  closeGuard.guard(window as never);
  return { closeGuard, window, fire, log, mode };
}

describe('createCloseGuard', () => {
  it('refuses a close request and the system menu in kiosk mode, and logs the refusal', () => {
    const { fire, log } = setup();
    expect(fire('close')).toBe(true);
    expect(fire('system-context-menu')).toBe(true);
    expect(log.warn).toHaveBeenCalledWith('close request refused in kiosk mode');
  });

  it('lets the window close in windowed mode, and follows a switch of mode at once', () => {
    const { fire, mode } = setup({ kiosk: false });
    expect(fire('close')).toBe(false);
    expect(fire('system-context-menu')).toBe(false);
    mode.kiosk = true;
    expect(fire('close')).toBe(true);
  });

  it('lets the window close once the staff exit allowed it, and makes it closable again', () => {
    const { closeGuard, fire, window, log } = setup();
    closeGuard.allowClose('staff exit');
    expect(fire('close')).toBe(false);
    expect(fire('system-context-menu')).toBe(false);
    expect(window.setClosable).toHaveBeenCalledWith(true);
    expect(log.info).toHaveBeenCalledWith('closing allowed', { reason: 'staff exit' });
  });

  it('never stands in the way of the system ending the session', () => {
    const { fire, window } = setup();
    fire('session-end');
    expect(fire('close')).toBe(false);
    expect(window.setClosable).toHaveBeenCalledWith(true);
  });

  it('forgets a closed window', () => {
    const { closeGuard, fire, window } = setup();
    fire('closed');
    closeGuard.allowClose('staff exit');
    expect(window.setClosable).not.toHaveBeenCalled();
  });
});

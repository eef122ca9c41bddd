import { describe, expect, it, vi } from 'vitest';

import { claimSingleInstance } from './single-instance';

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    listeners,
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
  };
}

function fakeWindow(minimized: boolean, destroyed = false) {
  return {
    isDestroyed: () => destroyed,
    isMinimized: () => minimized,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('claimSingleInstance', () => {
  it('quits a second instance at once', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('keeps the first instance and brings its window forward on a second launch', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.listeners.get('second-instance')?.();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does not restore a window that is not minimised', () => {
    const app = fakeApp(true);
    const window = fakeWindow(false);
    claimSingleInstance(app, () => window);
    app.listeners.get('second-instance')?.();
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('ignores a second launch while there is no window', () => {
    const app = fakeApp(true);
    const destroyed = fakeWindow(true, true);
    claimSingleInstance(app, () => destroyed);
    expect(() => app.listeners.get('second-instance')?.()).not.toThrow();
    expect(destroyed.focus).not.toHaveBeenCalled();
    claimSingleInstance(app, () => undefined);
    expect(() => app.listeners.get('second-instance')?.()).not.toThrow();
  });
});

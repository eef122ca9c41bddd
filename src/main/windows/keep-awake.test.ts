import { describe, expect, it, vi } from 'vitest';

import { keepDisplayAwake } from './keep-awake';

function fakeBlocker() {
  const started = new Set<number>();
  return {
    start: vi.fn(() => {
      started.add(7);
      return 7;
    }),
    stop: vi.fn((id: number) => started.delete(id)),
    isStarted: (id: number) => started.has(id),
  };
}

function fakeWindow() {
  let onClosed: (() => void) | undefined;
  return {
    once: vi.fn((_event: 'closed', listener: () => void) => (onClosed = listener)),
    close: () => onClosed?.(),
  };
}

describe('keepDisplayAwake', () => {
  it('keeps the display awake while the window is open and lets it sleep once closed', () => {
    const blocker = fakeBlocker();
    const window = fakeWindow();
    keepDisplayAwake(blocker, window);
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(window.once).toHaveBeenCalledWith('closed', expect.any(Function));
    expect(blocker.stop).not.toHaveBeenCalled();
    window.close();
    expect(blocker.stop).toHaveBeenCalledWith(7);
  });

  it('stops only once', () => {
    const blocker = fakeBlocker();
    const window = fakeWindow();
    const release = keepDisplayAwake(blocker, window);
    release();
    window.close();
    expect(blocker.stop).toHaveBeenCalledOnce();
  });
});

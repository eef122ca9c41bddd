import { describe, expect, it, vi } from 'vitest';

import { isBlockedShortcut, type KeyInput, lockDownInput } from './lockdown';

type Mods = Partial<Pick<KeyInput, 'control' | 'shift' | 'alt' | 'meta' | 'code'>>;

function key(keyName: string, mods: Mods = {}): KeyInput {
  return {
    type: 'keyDown',
    key: keyName,
    code: mods.code ?? '',
    control: mods.control ?? false,
    shift: mods.shift ?? false,
    alt: mods.alt ?? false,
    meta: mods.meta ?? false,
  };
}

const ctrl = { control: true };
const cmd = { meta: true };
const ctrlShift = { control: true, shift: true };

describe('isBlockedShortcut', () => {
  it.each<[string, KeyInput]>([
    ['Ctrl+W', key('w', ctrl)],
    ['Cmd+W', key('w', cmd)],
    ['Ctrl+Q', key('q', ctrl)],
    ['Cmd+Q', key('q', cmd)],
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+F4', key('F4', ctrl)],
    ['Ctrl+R', key('r', ctrl)],
    ['Cmd+R', key('r', cmd)],
    ['Ctrl+F5', key('F5', ctrl)],
    ['Cmd+F5', key('F5', cmd)],
    ['Ctrl+Shift+R', key('R', ctrlShift)],
    ['F11', key('F11')],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('I', ctrlShift)],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true })],
    ['Ctrl+Shift+J', key('J', ctrlShift)],
    ['Ctrl+Shift+C', key('C', ctrlShift)],
    ['Ctrl+P', key('p', ctrl)],
    ['Ctrl+Shift+P', key('P', ctrlShift)],
    ['Ctrl++', key('+', { control: true, shift: true, code: 'Equal' })],
    ['Ctrl+=', key('=', { control: true, code: 'Equal' })],
    ['Ctrl+-', key('-', { control: true, code: 'Minus' })],
    ['Ctrl+0', key('0', { control: true, code: 'Digit0' })],
    ['Ctrl+numpad +', key('+', { control: true, code: 'NumpadAdd' })],
    ['Ctrl+numpad -', key('-', { control: true, code: 'NumpadSubtract' })],
    ['Ctrl+numpad 0', key('0', { control: true, code: 'Numpad0' })],
    ['Ctrl+= on a layout with another key there', key('ß', { control: true, code: 'Minus' })],
    ['Cmd+0', key('0', cmd)],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
    ['Alt+Right', key('ArrowRight', { alt: true })],
    ['Browser Back key', key('BrowserBack')],
    ['Browser Refresh key', key('BrowserRefresh')],
    ['Cmd+H', key('h', cmd)],
    ['Cmd+M', key('m', cmd)],
  ])('blocks %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it.each<[string, KeyInput]>([
    ['a digit for the PIN', key('4', { code: 'Digit4' })],
    ['0 without Ctrl', key('0', { code: 'Digit0' })],
    ['- without Ctrl', key('-', { code: 'Minus' })],
    ['a letter', key('w')],
    ['Shift+letter', key('W', { shift: true })],
    ['Enter', key('Enter')],
    ['Escape', key('Escape')],
    ['Backspace', key('Backspace')],
    ['Tab', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['Space', key(' ', { code: 'Space' })],
    ['ArrowLeft (slides)', key('ArrowLeft')],
    ['ArrowRight (slides)', key('ArrowRight')],
    ['PageDown', key('PageDown')],
    ['Home', key('Home')],
    ['Ctrl+C', key('c', ctrl)],
    ['Ctrl+A', key('a', ctrl)],
    ['F1', key('F1')],
    ['F5 (a presenter remote\'s "start")', key('F5')],
    ['Shift+F5 (a presenter remote\'s "resume")', key('F5', { shift: true })],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(false);
  });
});

describe('lockDownInput', () => {
  function contents(zoomResult: () => Promise<void> = () => Promise.resolve()) {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const zoomLimits: [number, number][] = [];
    return {
      listeners,
      zoomLimits,
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) =>
        listeners.set(event, listener),
      ),
      // A plain function: vi.fn() would observe the returned promise and so handle a rejection.
      setVisualZoomLevelLimits: (min: number, max: number): Promise<void> => {
        zoomLimits.push([min, max]);
        return zoomResult();
      },
    };
  }

  it('prevents a blocked shortcut in kiosk mode through before-input-event', () => {
    const fake = contents();
    lockDownInput(fake as never, () => true);
    const event = { preventDefault: vi.fn() };
    fake.listeners.get('before-input-event')?.(event, key('w', ctrl));
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('lets ordinary keys through in kiosk mode', () => {
    const fake = contents();
    lockDownInput(fake as never, () => true);
    const event = { preventDefault: vi.fn() };
    fake.listeners.get('before-input-event')?.(event, key('ArrowRight'));
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('follows a live mode switch: nothing is blocked while windowed', () => {
    const fake = contents();
    let kiosk = true;
    lockDownInput(fake as never, () => kiosk);
    const handler = fake.listeners.get('before-input-event');
    kiosk = false;
    const windowed = { preventDefault: vi.fn() };
    handler?.(windowed, key('F11'));
    expect(windowed.preventDefault).not.toHaveBeenCalled();
    kiosk = true;
    const locked = { preventDefault: vi.fn() };
    handler?.(locked, key('F11'));
    expect(locked.preventDefault).toHaveBeenCalled();
  });

  it('turns pinch zoom off now and after every load', () => {
    const fake = contents();
    lockDownInput(fake as never, () => false);
    expect(fake.zoomLimits).toEqual([[1, 1]]);
    fake.listeners.get('did-finish-load')?.();
    expect(fake.zoomLimits).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('ignores a page that is gone when setting the zoom limits', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      lockDownInput(contents(() => Promise.reject(new Error('gone'))) as never, () => true);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

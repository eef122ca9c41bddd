// @vitest-environment happy-dom

import { afterEach, describe, expect, it } from 'vitest';

import { APP_STARTED_ATTRIBUTE } from '@shared/app-started';

import { holdEarlyInput, whenAppStarted } from './early-input';

function seen(types: string[]): Event[] {
  const events: Event[] = [];
  for (const type of types) window.addEventListener(type, (event) => events.push(event));
  return events;
}

const deliverEach = (count: { n: number }) => (dispatch: () => void) => {
  count.n += 1;
  dispatch();
};

afterEach(() => document.documentElement.removeAttribute(APP_STARTED_ATTRIBUTE));

describe('holdEarlyInput', () => {
  it('plays kept keys to the app, one delivery each, with what the app reads of them', () => {
    const play = holdEarlyInput(window);
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', bubbles: true }),
    );
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: ' ', shiftKey: true, bubbles: true }),
    );
    const app = seen(['keydown']);
    const count = { n: 0 };
    play(deliverEach(count));
    expect(count.n).toBe(2);
    expect(app.map((e) => [(e as KeyboardEvent).key, (e as KeyboardEvent).shiftKey])).toEqual([
      ['ArrowRight', false],
      [' ', true],
    ]);
  });

  it('plays a tap as the pointer events and the click it was, where it was', () => {
    const play = holdEarlyInput(window);
    const at = { clientX: 300, clientY: 200, bubbles: true };
    document.body.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerId: 7 }));
    document.body.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerId: 7 }));
    document.body.dispatchEvent(new MouseEvent('click', at));
    const app = seen(['pointerdown', 'pointerup', 'click']);
    play(deliverEach({ n: 0 }));
    expect(app.map((e) => e.type)).toEqual(['pointerdown', 'pointerup', 'click']);
    expect((app[0] as PointerEvent).pointerId).toBe(7);
    expect((app[2] as MouseEvent).clientX).toBe(300);
  });

  it('keeps nothing once played, and no more than a moment can hold', () => {
    const play = holdEarlyInput(window);
    for (let i = 0; i < 500; i += 1) {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    }
    const count = { n: 0 };
    play(deliverEach(count));
    expect(count.n).toBe(200);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true }));
    play(deliverEach(count));
    expect(count.n).toBe(200);
  });
});

describe('whenAppStarted', () => {
  it('resolves once the app marks <html>, or at once if it has', async () => {
    let started = false;
    const waiting = whenAppStarted(document).then(() => (started = true));
    await Promise.resolve();
    expect(started).toBe(false);
    document.documentElement.setAttribute(APP_STARTED_ATTRIBUTE, '');
    await waiting;
    expect(started).toBe(true);
    await whenAppStarted(document);
  });
});

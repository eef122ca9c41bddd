// @vitest-environment happy-dom

import { beforeEach, describe, expect, it } from 'vitest';

import { renderFirstScreens } from './render-first-screens';
import { hasFirstScreen, showFirstScreen } from './show-first-screen';

const screens = renderFirstScreens();

interface Opening {
  width?: number;
  height?: number;
  pageLanguage?: string;
  remembered?: string;
}

function open(hash: string, opening: Opening = {}): boolean {
  const { width = 1920, height = 1080, pageLanguage = 'nl', remembered } = opening;
  document.documentElement.lang = pageLanguage;
  document.body.innerHTML = `<div id="root">${screens}</div>`;
  if (remembered) sessionStorage.setItem('physio-kiosk.language', remembered);
  const win = { location: { hash }, innerWidth: width, innerHeight: height } as unknown as Window;
  return showFirstScreen(document, win);
}

const root = () => document.getElementById('root')!;
const stage = () => root().querySelector<HTMLElement>(':scope > .stage');

describe('showFirstScreen', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the start screen, in the page language, alone in #root', () => {
    expect(open('')).toBe(true);
    expect(root().children).toHaveLength(1);
    expect(stage()!.querySelector('.start-screen h1')!.textContent).toBe(
      'Rugpijn? Blijf in beweging',
    );
    expect(document.documentElement.lang).toBe('nl');
  });

  it('shows the first slide for #/slide/1, in the configured default the server stamped', () => {
    expect(open('#/slide/1', { pageLanguage: 'en' })).toBe(true);
    const current = stage()!.querySelector('[aria-current="true"][data-slide-index="0"] h1');
    expect(current!.textContent).toBe('Back pain? Keep moving');
    expect(document.documentElement.lang).toBe('en');
  });

  it('prefers the language the patient chose before this window reloaded', () => {
    open('', { pageLanguage: 'nl', remembered: 'en' });
    expect(stage()!.querySelector('h1')!.textContent).toBe('Back pain? Keep moving');
  });

  it('keeps its words readable and its controls, which do nothing yet, out of reach', () => {
    open('#/slide/1');
    const controls = [...stage()!.querySelectorAll('button')];
    expect(controls.length).toBeGreaterThan(3);
    for (const control of controls) {
      expect(control.getAttribute('aria-hidden')).toBe('true');
      expect(control.getAttribute('tabindex')).toBe('-1');
    }
    expect(stage()!.querySelector('[aria-hidden] h1, h1[aria-hidden]')).toBeNull();
    expect(stage()!.hasAttribute('inert')).toBe(false);
  });

  it('fits the stage to the window as the app does, landscape or portrait', () => {
    open('', { width: 1366, height: 768 });
    expect(stage()!.className).toBe('stage stage-landscape');
    expect(stage()!.style.getPropertyValue('transform')).toBe(
      `translate(0px, 0px) scale(${768 / 1080})`,
    );
    open('#/slide/1', { width: 1080, height: 1920 });
    expect(stage()!.className).toBe('stage stage-portrait');
    expect(stage()!.dataset['orientation']).toBe('portrait');
    expect(stage()!.style.getPropertyValue('width')).toBe('1080px');
    expect(stage()!.style.getPropertyValue('height')).toBe('1920px');
  });

  it('gives styles back through the CSSOM and leaves no set-aside style behind', () => {
    open('');
    expect(stage()!.style.getPropertyValue('--text-scale')).toBe('1');
    expect(root().querySelector('[data-first-screen-style]')).toBeNull();
  });

  it.each(['#/slide/5', '#/chooser', '#/presenter'])(
    'shows nothing ready-made for %s, and removes them all',
    (hash) => {
      expect(open(hash)).toBe(false);
      expect(root().children).toHaveLength(0);
    },
  );

  it('does nothing on a page without ready-made screens', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const win = { location: { hash: '' }, innerWidth: 1920, innerHeight: 1080 } as Window;
    expect(showFirstScreen(document, win)).toBe(false);
  });

  it('says whether there is one to wait for, before showing it', () => {
    document.body.innerHTML = `<div id="root">${screens}</div>`;
    const at = (hash: string) =>
      ({ location: { hash }, innerWidth: 1920, innerHeight: 1080 }) as unknown as Window;
    expect(hasFirstScreen(document, at(''))).toBe(true);
    expect(hasFirstScreen(document, at('#/slide/1'))).toBe(true);
    expect(hasFirstScreen(document, at('#/slide/5'))).toBe(false);
    expect(hasFirstScreen(document, at('#/presenter'))).toBe(false);
    document.body.innerHTML = '<div id="root"></div>';
    expect(hasFirstScreen(document, at(''))).toBe(false);
  });
});

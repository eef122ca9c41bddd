import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fillOutOfOrderPage, outOfOrderUrl } from './out-of-order-page';

const TEMPLATE = '<html lang="{{lang}}"><title>{{title}}</title><p>{{tell-the-desk}}</p>{{none}}';
let locales: string;

beforeAll(() => {
  locales = mkdtempSync(join(tmpdir(), 'out-of-order-'));
  const words = {
    nl: { title: 'Buiten gebruik', 'tell-the-desk': 'Meld het <b>bij</b> de "balie" & dank' },
    en: { title: 'Out of order' },
  };
  for (const [language, page] of Object.entries(words)) {
    mkdirSync(join(locales, language));
    writeFileSync(join(locales, language, 'kiosk.json'), JSON.stringify({ 'out-of-order': page }));
  }
});

afterAll(() => rmSync(locales, { recursive: true, force: true }));

describe('fillOutOfOrderPage', () => {
  it('fills in the words of the language asked for, escaped, and sets <html lang>', async () => {
    const page = await fillOutOfOrderPage(TEMPLATE, locales, '/out-of-order.html?lng=nl&retry=30');
    expect(page).toBe(
      '<html lang="nl"><title>Buiten gebruik</title>' +
        '<p>Meld het &lt;b&gt;bij&lt;/b&gt; de &quot;balie&quot; &amp; dank</p>',
    );
  });

  it('takes a word missing in the language from Dutch', async () => {
    const page = await fillOutOfOrderPage(TEMPLATE, locales, '/out-of-order.html?lng=en');
    expect(page).toContain('<html lang="en"><title>Out of order</title><p>Meld het');
  });

  it.each(['', '?lng=de', '?lng=../en', '?lng=%22%3E'])(
    'falls back to Dutch for %j',
    async (query) => {
      const page = await fillOutOfOrderPage(TEMPLATE, locales, `/out-of-order.html${query}`);
      expect(page).toContain('<html lang="nl"><title>Buiten gebruik</title>');
    },
  );
});

describe('outOfOrderUrl', () => {
  it('names the language and the retry interval', () => {
    expect(outOfOrderUrl('en', 60)).toBe('app://kiosk/out-of-order.html?lng=en&retry=60');
  });
});

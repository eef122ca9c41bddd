import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';

import { bundledResources } from '../i18n/locale-files';
import { addChooserWords } from './chooser-words';

const languages = readdirSync(resolve('locales')).sort();

describe("the chooser's words", () => {
  it('are not part of the words the start loads', () => {
    const resources = bundledResources();
    expect(Object.keys(resources).sort()).toEqual(languages);
    for (const language of languages) {
      expect(Object.keys(resources[language]!)).not.toContain('chooser');
      expect(Object.keys(resources[language]!)).toContain('common');
    }
  });

  it('are added in every language when the chooser loads, and only once', async () => {
    const i18n = createInstance({ resources: bundledResources(), lng: 'nl', initAsync: false });
    await i18n.init();
    addChooserWords(i18n);
    addChooserWords(i18n);
    for (const language of languages)
      expect(i18n.hasResourceBundle(language, 'chooser')).toBe(true);
    expect(i18n.t('chooser:loading', { lng: 'nl' })).not.toBe('loading');
    expect(i18n.t('chooser:loading', { lng: 'en' })).not.toBe(
      i18n.t('chooser:loading', { lng: 'nl' }),
    );
  });
});

// The chooser's words, in this chunk rather than in the start's (see i18n/locale-files.ts); added
// to i18next for every language when the chooser's code first runs, before it renders.

import i18next, { type i18n } from 'i18next';

import { resourcesFrom } from '../i18n/locale-files';

const files = import.meta.glob<Record<string, unknown>>('@locales/*/chooser.json', {
  eager: true,
  import: 'default',
});

export function addChooserWords(instance: i18n = i18next): void {
  for (const [language, namespaces] of Object.entries(resourcesFrom(files))) {
    if (!instance.hasResourceBundle(language, 'chooser')) {
      instance.addResourceBundle(language, 'chooser', namespaces['chooser']);
    }
  }
}

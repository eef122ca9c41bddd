// The start page is served in the configured default language: its <html lang> tells the entry
// script which of the ready-made first screens to show before the app (and its settings) load.

import { isLanguageCode } from '../../shared/language-code';

export const START_PAGE_FILE = 'index.html';

const HTML_LANG = /<html lang="[^"]*">/;

export function stampPageLanguage(html: string, language: string | undefined): string {
  // Only a language code: nothing that could close the attribute.
  if (!isLanguageCode(language)) return html;
  return html.replace(HTML_LANG, `<html lang="${language}">`);
}

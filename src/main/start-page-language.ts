// The start page is served in the configured default language: its <html lang> tells the entry
// script which of the ready-made first screens to show before the app (and its settings) load.

export const START_PAGE_FILE = 'index.html';

const HTML_LANG = /<html lang="[^"]*">/;
// A language tag, nothing that could close the attribute.
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function stampPageLanguage(html: string, language: string | undefined): string {
  if (!language || !LANGUAGE_TAG.test(language)) return html;
  return html.replace(HTML_LANG, `<html lang="${language}">`);
}

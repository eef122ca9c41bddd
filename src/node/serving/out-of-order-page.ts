// The out-of-order page: a static page built beside the app (out/renderer/out-of-order.html),
// whose words the main process fills in from locales/<lng>/kiosk.json as it serves it, so that
// it needs no script to be translated. Served alike by app:// and by the preview server.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { APP_ORIGIN } from '../../shared/app-origin';
import { LANGUAGE_PARAM, OUT_OF_ORDER_PATH, RETRY_PARAM } from '../../shared/out-of-order';
import { availableLanguages } from '../config/languages';

const FALLBACK_LANGUAGE = 'nl';
const PLACEHOLDER = /{{([a-z-]+)}}/g;
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const OUT_OF_ORDER_FILE = OUT_OF_ORDER_PATH.slice(1);

export function outOfOrderUrl(language: string, retrySeconds: number): string {
  const query = new URLSearchParams({
    [LANGUAGE_PARAM]: language,
    [RETRY_PARAM]: String(retrySeconds),
  });
  return `${APP_ORIGIN}${OUT_OF_ORDER_PATH}?${query}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

async function pageWords(localesRoot: string, language: string): Promise<Record<string, string>> {
  try {
    const kiosk = JSON.parse(await readFile(join(localesRoot, language, 'kiosk.json'), 'utf8')) as {
      'out-of-order'?: Record<string, unknown>;
    };
    const words = Object.entries(kiosk['out-of-order'] ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    return Object.fromEntries(words);
  } catch {
    return {};
  }
}

/** The page in the language its query asks for (a shipped one, else Dutch), words escaped. */
export async function fillOutOfOrderPage(
  template: string,
  localesRoot: string,
  rawTarget: string,
): Promise<string> {
  const search = rawTarget.includes('?') ? rawTarget.slice(rawTarget.indexOf('?')) : '';
  const asked = new URLSearchParams(search).get(LANGUAGE_PARAM) ?? '';
  const language = availableLanguages(localesRoot).includes(asked) ? asked : FALLBACK_LANGUAGE;
  const words: Record<string, string> = {
    ...(await pageWords(localesRoot, FALLBACK_LANGUAGE)),
    ...(await pageWords(localesRoot, language)),
    lang: language,
  };
  return template.replace(PLACEHOLDER, (_match, key: string) => escapeHtml(words[key] ?? ''));
}

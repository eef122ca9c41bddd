// Build time only, in Node (scripts/lib/first-screens-plugin.ts): the ready-made first screens,
// rendered from the real App with the default settings in every bundled language. The few things
// the components read from the window while rendering are given as a 1920×1080 app window.

import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';

import { DEFAULT_SETTINGS } from '@shared/settings/kiosk-settings';

import { App } from '../App';
import { i18nOptions } from '../i18n/i18n';
import { bundledResources } from '../i18n/locale-files';
import { firstScreenBlock } from './first-screen-markup';
import { FIRST_SCREENS } from './first-screens';

function appWindow(hash: string): Partial<Window> {
  return {
    location: { hash, pathname: '/', search: '' } as Location,
    innerWidth: 1920,
    innerHeight: 1080,
    // As in the app: the browser-preview notice is the preview's own, added when it starts.
    kiosk: {} as Window['kiosk'],
  };
}

function renderScreen(language: string, hash: string): string {
  const i18n = createInstance(i18nOptions(language, DEFAULT_SETTINGS.defaultLanguage));
  void i18n.init();
  const global = globalThis as { window?: unknown };
  const before = global.window;
  global.window = appWindow(hash);
  try {
    return renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <App settings={DEFAULT_SETTINGS} onReset={() => {}} onPatientActive={() => {}} />
      </I18nextProvider>,
    );
  } finally {
    global.window = before;
  }
}

/** Every first screen in every bundled language, as index.html carries them. */
export function renderFirstScreens(): string {
  const languages = Object.keys(bundledResources()).sort();
  return FIRST_SCREENS.flatMap(({ id, hash }) =>
    languages.map((language) => firstScreenBlock(id, language, renderScreen(language, hash))),
  ).join('');
}

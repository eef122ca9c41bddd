// Translation keys are typed from the Dutch source files, so a wrong key fails the typecheck.

import 'i18next';

import type article from '@locales/nl/article.json';
import type chooser from '@locales/nl/chooser.json';
import type common from '@locales/nl/common.json';
import type kiosk from '@locales/nl/kiosk.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      article: typeof article;
      chooser: typeof chooser;
      kiosk: typeof kiosk;
    };
  }
}

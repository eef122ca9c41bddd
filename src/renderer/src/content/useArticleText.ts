// Looks up a deck's translation key. Keys come from resources/deck.json, not from code, so they
// are checked by the build (every key, every language) instead of by the typecheck.

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export function useArticleText(): (key: string) => string {
  const { t } = useTranslation('article');
  return useCallback((key: string) => t(key as never) as string, [t]);
}

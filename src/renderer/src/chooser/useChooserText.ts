// The chooser's words. Keys from code are typechecked through t; keys that come from
// resources/activities.json are checked when the file loads (every key, every language).

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { Translate } from '@shared/chooser/plan-text';

export function useDataText(): (key: string) => string {
  const { t } = useTranslation('chooser');
  return useCallback((key: string) => t(key as never) as string, [t]);
}

/** The plain translate function the shared plan text expects, in the current language. */
export function usePlanTranslate(): Translate {
  const { t } = useTranslation('chooser');
  return useCallback(
    (key: string, options?: Record<string, unknown>) =>
      t(key as never, options as never) as unknown as string,
    [t],
  );
}

// Loads the activities once and reports loading, ready or a clear error.

import { useEffect, useState } from 'react';

import type { Activity } from '@shared/chooser/activities-schema';

import { loadActivities } from './load-activities';

export type ActivitiesState =
  | { status: 'loading' }
  | { status: 'ready'; activities: Activity[] }
  | { status: 'error'; errors: string[] };

export function useActivities(): ActivitiesState {
  const [state, setState] = useState<ActivitiesState>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    void loadActivities().then((result) => {
      if (!result.ok)
        console.warn(`The chooser's activities could not be loaded:\n${result.errors.join('\n')}`);
      if (active)
        setState(
          result.ok
            ? { status: 'ready', activities: result.activities }
            : { status: 'error', errors: result.errors },
        );
    });
    return () => {
      active = false;
    };
  }, []);
  return state;
}

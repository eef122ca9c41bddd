// Keeps the current screen in the URL hash, so a reload or a deep link lands on the same slide.

import { useCallback, useEffect, useState } from 'react';

import { hashFor, parseHash, type Route } from '@shared/deck/navigation';

export function useRoute(slideCount: number): [Route, (route: Route) => void] {
  const [route, setRouteState] = useState<Route>(() => parseHash(window.location.hash, slideCount));

  useEffect(() => {
    const onHashChange = () => setRouteState(parseHash(window.location.hash, slideCount));
    onHashChange();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [slideCount]);

  const setRoute = useCallback((next: Route) => {
    setRouteState(next);
    const hash = hashFor(next);
    // replaceState: a kiosk that runs for weeks must not grow its history with every slide.
    window.history.replaceState(
      null,
      '',
      hash || window.location.pathname + window.location.search,
    );
  }, []);

  return [route, setRoute];
}

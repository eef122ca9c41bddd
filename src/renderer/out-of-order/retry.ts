// The out-of-order page's only script: it tries the start page now and then, and goes back to
// it as soon as it is served again. If the app still fails, main shows this page once more.

import { retrySecondsFrom, START_PATH } from '@shared/out-of-order';

const retryMs = retrySecondsFrom(window.location.search) * 1000;

async function tryStartPage(): Promise<void> {
  try {
    const response = await fetch(START_PATH, { cache: 'no-store' });
    if (response.ok) {
      window.location.replace(START_PATH);
      return;
    }
  } catch {
    // Not served yet: try again later.
  }
  window.setTimeout(() => void tryStartPage(), retryMs);
}

window.setTimeout(() => void tryStartPage(), retryMs);

// Resolves once the browser has recorded the ready-made first screen as painted (its largest
// contentful paint), or after a short while in any case. The app waits for this before it replaces
// the screen: on a slow machine that paint reaches the display some 40–80 ms after it is drawn, and
// a screen replaced before then is recorded as never painted at all, though the patient saw it.

const LONGEST_WAIT_MS = 150;

export function firstScreenPainted(): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = (): void => {
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, LONGEST_WAIT_MS);
    try {
      observer = new PerformanceObserver(() => {
        clearTimeout(timer);
        done();
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {
      // No paint timing (an older engine): the wait is the short cap alone.
    }
  });
}

// Idle reset (WCAG 2.2.1): after idleSeconds without input a "Still there?" warning counts
// down warningSeconds, then the kiosk resets. Pure; the caller passes the times in and
// schedules a single timer with nextCheckDelayMs instead of polling.

export type IdleOptions = Readonly<{ idleSeconds: number; warningSeconds: number }>;

export type IdlePhase =
  { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'reset' };

export function idleState(lastInputMs: number, nowMs: number, options: IdleOptions): IdlePhase {
  const elapsed = elapsedSinceInput(lastInputMs, nowMs);
  const { idleMs, resetMs } = phaseBoundaries(options);
  if (elapsed < idleMs) return { phase: 'active' };
  if (elapsed < resetMs)
    return { phase: 'warning', secondsLeft: Math.ceil((resetMs - elapsed) / 1000) };
  return { phase: 'reset' };
}

/**
 * Milliseconds until idleState's result next changes (phase or secondsLeft), or null once it
 * is 'reset', where nothing changes until new input. Always > 0 otherwise.
 */
export function nextCheckDelayMs(
  lastInputMs: number,
  nowMs: number,
  options: IdleOptions,
): number | null {
  const elapsed = elapsedSinceInput(lastInputMs, nowMs);
  const { idleMs, resetMs } = phaseBoundaries(options);
  if (elapsed < idleMs) return idleMs - elapsed;
  if (elapsed >= resetMs) return null;
  const remaining = resetMs - elapsed;
  const secondsLeft = Math.ceil(remaining / 1000);
  return remaining - (secondsLeft - 1) * 1000;
}

// A clock that went backwards (input "in the future") counts as input just now.
function elapsedSinceInput(lastInputMs: number, nowMs: number): number {
  return Math.max(0, nowMs - lastInputMs);
}

function phaseBoundaries({ idleSeconds, warningSeconds }: IdleOptions): {
  idleMs: number;
  resetMs: number;
} {
  const idleMs = idleSeconds * 1000;
  return { idleMs, resetMs: idleMs + warningSeconds * 1000 };
}

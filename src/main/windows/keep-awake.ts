// Keeps the display awake while the kiosk window is open.

export type PowerSaveBlockerLike = {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
  isStarted(id: number): boolean;
};

export type ClosableWindow = {
  once(event: 'closed', listener: () => void): unknown;
};

export function keepDisplayAwake(
  blocker: PowerSaveBlockerLike,
  window: ClosableWindow,
): () => void {
  const id = blocker.start('prevent-display-sleep');
  const release = (): void => {
    if (blocker.isStarted(id)) blocker.stop(id);
  };
  window.once('closed', release);
  return release;
}

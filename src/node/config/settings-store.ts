// The one owner of the kiosk's settings while it runs: the config as read at start, what staff
// change (mode, presenter mode, default language), whether the printer is there, and every
// problem found. Whoever shows settings subscribes and gets each change pushed.

import type { KioskSettings } from '../../shared/ipc';
import { type ConfigError } from '../../shared/settings/config-file-schema';
import {
  initialRuntime,
  type KioskConfig,
  type KioskRuntime,
  publicSettings,
} from '../../shared/settings/kiosk-settings';

export type SettingsStore = {
  readonly config: KioskConfig;
  runtime(): KioskRuntime;
  settings(): KioskSettings;
  /** The config file's problems and those found while running (such as a missing printer). */
  problems(): ConfigError[];
  update(change: Partial<KioskRuntime>): void;
  addProblem(problem: ConfigError): void;
  subscribe(listener: (settings: KioskSettings) => void): () => void;
};

export function createSettingsStore(
  config: KioskConfig,
  configErrors: readonly ConfigError[],
  runtimeOverrides: Partial<KioskRuntime> = {},
): SettingsStore {
  let runtime: KioskRuntime = { ...initialRuntime(config), ...runtimeOverrides };
  const problems: ConfigError[] = configErrors.map((error) => ({ ...error }));
  const listeners = new Set<(settings: KioskSettings) => void>();
  const settings = () => publicSettings(config, runtime, problems.length);
  const notify = () => {
    const current = settings();
    for (const listener of listeners) listener(current);
  };
  return {
    config,
    runtime: () => runtime,
    settings,
    problems: () => problems.map((problem) => ({ ...problem })),
    update: (change) => {
      const next = { ...runtime, ...change };
      const changed = (Object.keys(next) as (keyof KioskRuntime)[]).some(
        (key) => next[key] !== runtime[key],
      );
      if (!changed) return;
      runtime = next;
      notify();
    },
    addProblem: (problem) => {
      problems.push({ ...problem });
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

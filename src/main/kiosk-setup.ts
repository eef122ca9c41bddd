// Reads the config file and the shipped languages once at start: the same for the app and
// for the preview server.

import type { KioskSettings } from '../shared/ipc';
import { loadConfigFile } from './config-file';
import { type ConfigError, DEFAULT_CONFIG, type KioskConfig } from './config-schema';
import { resolveKioskSettings } from './kiosk-settings';
import { availableLanguages } from './languages';
import type { RotatingLog } from './rotating-log';

export type KioskSetup = {
  /** undefined: no config file was asked for, so the defaults apply. */
  configPath: string | undefined;
  source: 'defaults' | 'file';
  config: KioskConfig;
  settings: KioskSettings;
  errors: ConfigError[];
};

export function loadKioskSetup(configPath: string | undefined, localesDir: string): KioskSetup {
  const loaded =
    configPath === undefined
      ? { config: DEFAULT_CONFIG, errors: [], source: 'defaults' as const }
      : loadConfigFile(configPath);
  const { settings, errors } = resolveKioskSettings(
    loaded.config,
    loaded.errors,
    availableLanguages(localesDir),
  );
  return { configPath, source: loaded.source, config: loaded.config, settings, errors };
}

export function logKioskSetup(setup: KioskSetup, log: Pick<RotatingLog, 'info' | 'warn'>): void {
  log.info('config loaded', {
    path: setup.configPath ?? '(none, defaults)',
    source: setup.source,
    mode: setup.config.mode,
    errors: setup.errors.length,
  });
  for (const error of setup.errors)
    log.warn(`config error: ${error.message}`, { field: error.field });
}

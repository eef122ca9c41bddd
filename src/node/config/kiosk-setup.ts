// Reads the config file and the shipped languages once at start: the same for the app and
// for the preview server. Total: whatever the file holds, the kiosk gets a config and a list
// of problems, never an exception.

import { type ConfigError, FILE_FIELD } from '../../shared/settings/config-file-schema';
import { DEFAULT_CONFIG, type KioskConfig } from '../../shared/settings/kiosk-settings';
import type { RotatingLog } from '../rotating-log';
import { loadConfigFile } from './config-file';
import { availableLanguages } from './languages';
import { limitToShippedLanguages } from './shipped-languages';

export type KioskSetup = {
  /** undefined: no config file was asked for, so the defaults apply. */
  configPath: string | undefined;
  source: 'defaults' | 'file';
  config: KioskConfig;
  errors: ConfigError[];
};

export function loadKioskSetup(configPath: string | undefined, localesDir: string): KioskSetup {
  try {
    const loaded =
      configPath === undefined
        ? { config: DEFAULT_CONFIG, errors: [], source: 'defaults' as const }
        : loadConfigFile(configPath);
    const shipped = limitToShippedLanguages(loaded.config, availableLanguages(localesDir));
    return {
      configPath,
      source: loaded.source,
      config: shipped.config,
      errors: [...loaded.errors, ...shipped.errors],
    };
  } catch (error) {
    // Unreachable by design; if a future change makes it reachable, the kiosk still starts.
    return {
      configPath,
      source: 'defaults',
      config: DEFAULT_CONFIG,
      errors: [
        {
          field: FILE_FIELD,
          message: `the config file could not be read (${String(error).slice(0, 200)}) — using all defaults`,
        },
      ],
    };
  }
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

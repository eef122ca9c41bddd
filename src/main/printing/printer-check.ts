// Printing is on only when the printer named in the config is one the system lists. A missing
// printer is a problem for the staff panel and the log (once), and printing stays off until a
// later check (after an idle reset) finds it: a config mistake never turns printing on.

import type { SettingsStore } from '../../node/config/settings-store';
import type { RotatingLog } from '../../node/rotating-log';

export type PrinterCheck = () => Promise<void>;

export function createPrinterCheck(
  store: SettingsStore,
  listPrinters: () => Promise<string[]>,
  log: Pick<RotatingLog, 'info' | 'warn'>,
): PrinterCheck {
  let reported = false;
  return async () => {
    const wanted = store.config.printer;
    if (wanted === null || store.runtime().printerReady) return;
    const printers = await listPrinters();
    if (printers.includes(wanted)) {
      log.info('printer found', { printer: wanted });
      store.update({ printerReady: true });
      return;
    }
    if (reported) return;
    reported = true;
    const listed = printers.length > 0 ? printers.map((name) => `"${name}"`).join(', ') : 'none';
    const message = `printer: "${wanted}" is not a printer this computer lists (it lists: ${listed}); printing is off until it is found`;
    log.warn(`config error: ${message}`, { field: 'printer' });
    store.addProblem({ field: 'printer', message });
  };
}

// Printing is on only when the printer named in the config is one the system lists and a real
// one: a PDF, XPS, OneNote, fax or file printer opens a Save-As dialog, a way out of the kiosk.
// Either problem is one for the staff panel and the log (once each), and printing stays off
// until a later check (after an idle reset) finds it right: a config mistake never turns
// printing on.

import type { SettingsStore } from '../../node/config/settings-store';
import type { RotatingLog } from '../../node/rotating-log';
import { type ListedPrinter, virtualPrinterReason } from './virtual-printer';

export type PrinterCheck = () => Promise<void>;

export function createPrinterCheck(
  store: SettingsStore,
  listPrinters: () => Promise<ListedPrinter[]>,
  log: Pick<RotatingLog, 'info' | 'warn'>,
): PrinterCheck {
  const reported = new Set<'missing' | 'virtual'>();
  const report = (kind: 'missing' | 'virtual', message: string): void => {
    if (reported.has(kind)) return;
    reported.add(kind);
    log.warn(`config error: ${message}`, { field: 'printer' });
    store.addProblem({ field: 'printer', message });
  };
  return async () => {
    const wanted = store.config.printer;
    if (wanted === null || store.runtime().printerReady) return;
    const printers = await listPrinters();
    const listed = printers.find((printer) => printer.name === wanted);
    const virtual = virtualPrinterReason(wanted, listed);
    if (virtual !== null) {
      report(
        'virtual',
        `printer: "${wanted}" ${virtual}: printing to it opens a Save-As or fax dialog, a way out of the kiosk; printing is off — name a paper printer (its own queue, not a PDF, XPS, OneNote, fax or file printer), or null for no printing`,
      );
      return;
    }
    if (listed !== undefined) {
      log.info('printer found', { printer: wanted });
      store.update({ printerReady: true });
      return;
    }
    const names = printers.map(({ name }) => `"${name}"`).join(', ');
    report(
      'missing',
      `printer: "${wanted}" is not a printer this computer lists (it lists: ${names === '' ? 'none' : names}); printing is off until it is found`,
    );
  };
}

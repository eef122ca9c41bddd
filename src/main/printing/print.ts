// Prints the handout silently to the printer named in the config: never the system print
// dialog (its Save-As window is a way out of the kiosk), one copy, A4.

import type { ListedPrinter } from './virtual-printer';

export type PrintOptions = {
  silent: true;
  deviceName: string;
  copies: 1;
  pageSize: 'A4';
  printBackground: true;
  landscape: false;
};

export type Printable = {
  print(options: PrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  isDestroyed(): boolean;
};

export type PrinterLister = {
  // Electron's PrinterInfo: options are platform-specific, not all of them text.
  getPrintersAsync(): Promise<readonly { name: string; displayName?: string; options?: object }[]>;
};

export function silentPrintOptions(deviceName: string): PrintOptions {
  return {
    silent: true,
    deviceName,
    copies: 1,
    pageSize: 'A4',
    printBackground: true,
    landscape: false,
  };
}

/** The printers the system lists, with their details; empty when they cannot be listed. */
export async function listPrinters(lister: PrinterLister | undefined): Promise<ListedPrinter[]> {
  try {
    return lister === undefined
      ? []
      : (await lister.getPrintersAsync()).map(({ name, displayName, options }) => ({
          name,
          ...(typeof displayName === 'string' ? { displayName } : {}),
          // Only the text values: the virtual-printer check reads them as text.
          options: Object.fromEntries(
            Object.entries(options ?? {}).filter(([, value]) => typeof value === 'string'),
          ),
        }));
  } catch {
    return [];
  }
}

/** Never rejects: a destroyed page, a throwing call and a failed job all give false. */
export function printSilently(
  contents: Printable | undefined,
  deviceName: string,
): Promise<boolean> {
  if (contents === undefined || contents.isDestroyed()) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      contents.print(silentPrintOptions(deviceName), (success) => resolve(success));
    } catch {
      resolve(false);
    }
  });
}

// Prints the handout silently to the printer named in the config: never the system print
// dialog (its Save-As window is a way out of the kiosk), one copy, A4.

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
  getPrintersAsync(): Promise<readonly { name: string }[]>;
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

/** The names of the printers the system lists; empty when they cannot be listed. */
export async function listPrinters(lister: PrinterLister | undefined): Promise<string[]> {
  try {
    return lister === undefined
      ? []
      : (await lister.getPrintersAsync()).map((printer) => printer.name);
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

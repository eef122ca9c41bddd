// Whether a printer only pretends to print: PDF, XPS, OneNote and fax drivers, and queues that
// write to a file. Printing "silently" to one opens a Save-As dialog or a fax window, and so a
// file explorer on the kiosk. Pure and Electron-free: the printer check decides with it.

/** A printer as the system lists it: Electron's PrinterInfo, the fields we read. */
export type ListedPrinter = {
  name: string;
  displayName?: string;
  /** Platform-specific: CUPS gives device-uri and printer-make-and-model; Windows the driver. */
  options?: Readonly<Record<string, string>>;
};

// Names and drivers of the usual virtual printers: Microsoft Print to PDF, Microsoft XPS
// Document Writer, Office Document Image Writer, OneNote (Desktop), Send To OneNote 2016,
// Fax, Adobe PDF, CUPS-PDF, PDFCreator, doPDF. "pdf" inside a word too, since so many PDF
// printers glue it on. A real printer named like one is refused too: rename its queue.
const VIRTUAL_WORDS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /pdf/i, what: 'a PDF printer' },
  { pattern: /\bxps\b/i, what: 'an XPS document writer' },
  { pattern: /document (image )?writer/i, what: 'a document writer' },
  { pattern: /onenote/i, what: 'a OneNote printer' },
  { pattern: /\bfax\b/i, what: 'a fax' },
  { pattern: /print to file/i, what: 'a print-to-file printer' },
];

// CUPS backends that write a file or send a fax rather than print: file:, cups-pdf:, hpfax: …
const VIRTUAL_URI_SCHEME = /^(file|[a-z0-9+.-]*(pdf|fax)[a-z0-9+.-]*):/i;

// Windows ports that ask for a file name or go nowhere. Electron 45 does not list a Windows
// printer's port (Chromium reads only its location and driver); checked in case it ever does.
const VIRTUAL_PORT = /^(portprompt|file|nul|xpsport|shrfax)\s*:?\s*$|^[a-z]:\\|\.(prn|pdf|xps)$/i;

// Option keys that name the driver: CUPS printer-make-and-model (Windows puts the driver
// name there too) and Windows' system_driverinfo ("name;version;…").
const DRIVER_KEYS = ['printer-make-and-model', 'system_driverinfo'] as const;

/**
 * Why `wanted` (the configured name), with its entry in the printer list if it is listed, is a
 * virtual or file printer; null if nothing says so.
 */
export function virtualPrinterReason(
  wanted: string,
  listed: ListedPrinter | undefined,
): string | null {
  const byName = virtualWord(wanted) ?? virtualWord(listed?.displayName ?? '');
  if (byName !== null) return `is ${byName}`;
  const options = listed?.options ?? {};
  const uri = options['device-uri'];
  if (uri !== undefined && VIRTUAL_URI_SCHEME.test(uri.trim()))
    return `prints to a file or fax (device URI "${uri}")`;
  const port = options['port'];
  if (port !== undefined && VIRTUAL_PORT.test(port.trim()))
    return `prints to a file (port "${port}")`;
  for (const key of DRIVER_KEYS) {
    const driver = options[key];
    const kind = driver === undefined ? null : virtualWord(driver);
    if (kind !== null) return `is ${kind} (driver "${driver}")`;
  }
  return null;
}

function virtualWord(text: string): string | null {
  return VIRTUAL_WORDS.find(({ pattern }) => pattern.test(text))?.what ?? null;
}

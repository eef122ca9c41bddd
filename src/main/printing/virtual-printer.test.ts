import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type ListedPrinter, virtualPrinterReason } from './virtual-printer';

const listedAs = (name: string, options: Record<string, string> = {}): ListedPrinter => ({
  name,
  displayName: name,
  options,
});

describe('virtualPrinterReason', () => {
  it.each([
    ['Microsoft Print to PDF', 'is a PDF printer'],
    ['Microsoft XPS Document Writer', 'is an XPS document writer'],
    ['Microsoft Office Document Image Writer', 'is a document writer'],
    ['OneNote (Desktop)', 'is a OneNote printer'],
    ['OneNote for Windows 10', 'is a OneNote printer'],
    ['Send To OneNote 2016', 'is a OneNote printer'],
    ['Fax', 'is a fax'],
    ['HP OfficeJet Pro 9010 Fax', 'is a fax'],
    ['Adobe PDF', 'is a PDF printer'],
    ['PDF', 'is a PDF printer'],
    ['Cups-PDF', 'is a PDF printer'],
    ['PDFCreator', 'is a PDF printer'],
    ['doPDF 11', 'is a PDF printer'],
  ])('refuses %j by its name, even when it is not listed', (name, reason) => {
    expect(virtualPrinterReason(name, undefined)).toBe(reason);
    expect(virtualPrinterReason(name, listedAs(name))).toBe(reason);
  });

  it.each([
    [{ 'device-uri': 'cups-pdf:/' }, 'prints to a file or fax (device URI "cups-pdf:/")'],
    [
      { 'device-uri': 'file:///dev/null' },
      'prints to a file or fax (device URI "file:///dev/null")',
    ],
    [
      { 'device-uri': 'file:/home/kiosk/out.ps' },
      'prints to a file or fax (device URI "file:/home/kiosk/out.ps")',
    ],
    [
      { 'device-uri': 'hpfax:/usb/Officejet' },
      'prints to a file or fax (device URI "hpfax:/usb/Officejet")',
    ],
    [{ port: 'PORTPROMPT:' }, 'prints to a file (port "PORTPROMPT:")'],
    [{ port: 'FILE:' }, 'prints to a file (port "FILE:")'],
    [{ port: 'nul:' }, 'prints to a file (port "nul:")'],
    [{ port: 'XPSPort:' }, 'prints to a file (port "XPSPort:")'],
    [{ port: 'C:\\handout.prn' }, 'prints to a file (port "C:\\handout.prn")'],
    [
      { 'printer-make-and-model': 'Microsoft Print To PDF' },
      'is a PDF printer (driver "Microsoft Print To PDF")',
    ],
    [
      { system_driverinfo: 'Microsoft Shared Fax Driver;10.0.19041.1;Microsoft;10.0' },
      'is a fax (driver "Microsoft Shared Fax Driver;10.0.19041.1;Microsoft;10.0")',
    ],
    [
      { 'printer-make-and-model': 'Generic CUPS-PDF Printer (w/ options)' },
      'is a PDF printer (driver "Generic CUPS-PDF Printer (w/ options)")',
    ],
  ])('refuses a queue renamed "Balie" by what the list says of it: %j', (options, reason) => {
    expect(virtualPrinterReason('Balie', listedAs('Balie', options))).toBe(reason);
  });

  it('refuses by the name the print preview shows as well', () => {
    const listed = { name: 'balie_2', displayName: 'Microsoft Print to PDF', options: {} };
    expect(virtualPrinterReason('balie_2', listed)).toBe('is a PDF printer');
  });

  it.each([
    [
      'HP LaserJet Balie',
      {
        'device-uri': 'usb://HP/LaserJet%20Pro?serial=1',
        'printer-make-and-model': 'HP LaserJet Pro M404 Postscript',
      },
    ],
    [
      'Brother_HL_L2350DW',
      {
        'device-uri': 'ipp://192.168.1.20/ipp/print',
        'printer-make-and-model': 'Brother HL-L2350DW series, using brlaser v6',
      },
    ],
    ['Balie', { 'device-uri': 'dnssd://Balie._ipps._tcp.local./?uuid=71687f1e' }],
    [
      'Balie',
      {
        'printer-location': 'Reception',
        system_driverinfo: 'HP Universal Printing PCL 6;61.250.1.24832',
      },
    ],
    ['Balie', {}],
  ])('lets the real printer %j print', (name, options) => {
    expect(virtualPrinterReason(name, listedAs(name, options))).toBeNull();
  });

  it('never throws and, for a listed printer with a file device URI, always refuses', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.string(), fc.string()),
        fc.constantFrom('file:', 'FILE:', 'cups-pdf:', ' file:'),
        fc.string(),
        (name, options, scheme, rest) => {
          expect(() => virtualPrinterReason(name, listedAs(name, options))).not.toThrow();
          const listed = listedAs(name, { ...options, 'device-uri': `${scheme}${rest}` });
          expect(virtualPrinterReason(name, listed)).not.toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it, vi } from 'vitest';

import { listPrinters, type Printable, printSilently } from './print';

function printable(outcome: boolean | 'throws', destroyed = false) {
  const print = vi.fn<Printable['print']>((_options, callback) => {
    if (outcome === 'throws') throw new Error('no printer service');
    callback(outcome, outcome ? '' : 'Print job failed');
  });
  return { print, isDestroyed: () => destroyed };
}

describe('printSilently', () => {
  it('never opens the print dialog: silent, the named printer, one A4 copy', async () => {
    const contents = printable(true);
    await expect(printSilently(contents, 'Balie HP')).resolves.toBe(true);
    expect(contents.print).toHaveBeenCalledWith(
      {
        silent: true,
        deviceName: 'Balie HP',
        copies: 1,
        pageSize: 'A4',
        printBackground: true,
        landscape: false,
      },
      expect.any(Function),
    );
  });

  it('resolves false when the job fails or print throws', async () => {
    await expect(printSilently(printable(false), 'x')).resolves.toBe(false);
    await expect(printSilently(printable('throws'), 'x')).resolves.toBe(false);
  });

  it('resolves false without a page, or with a destroyed one', async () => {
    await expect(printSilently(undefined, 'x')).resolves.toBe(false);
    const destroyed = printable(true, true);
    await expect(printSilently(destroyed, 'x')).resolves.toBe(false);
    expect(destroyed.print).not.toHaveBeenCalled();
  });
});

describe('listPrinters', () => {
  it('lists the printers the system reports with their text options, and nothing when it cannot', async () => {
    await expect(
      listPrinters({
        getPrintersAsync: () =>
          Promise.resolve([
            { name: 'A', displayName: 'A 1', options: { 'device-uri': 'ipp://a', copies: '1' } },
            { name: 'B', options: { odd: 3 } },
          ]),
      }),
    ).resolves.toEqual([
      { name: 'A', displayName: 'A 1', options: { 'device-uri': 'ipp://a', copies: '1' } },
      { name: 'B', options: {} },
    ]);
    await expect(
      listPrinters({ getPrintersAsync: () => Promise.reject(new Error('cups down')) }),
    ).resolves.toEqual([]);
    await expect(listPrinters(undefined)).resolves.toEqual([]);
  });
});

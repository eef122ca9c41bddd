import { describe, expect, it, vi } from 'vitest';

import { printPage, type Printable } from './print';

function printable(outcome: boolean | 'throws', destroyed = false) {
  const print = vi.fn<Printable['print']>((_options, callback) => {
    if (outcome === 'throws') throw new Error('no printer service');
    callback(outcome, outcome ? '' : 'Print job canceled');
  });
  return { print, isDestroyed: () => destroyed };
}

describe('printPage', () => {
  it('opens the print dialog with backgrounds and resolves true when printed', async () => {
    const contents = printable(true);
    await expect(printPage(contents)).resolves.toBe(true);
    expect(contents.print).toHaveBeenCalledWith(
      { silent: false, printBackground: true },
      expect.any(Function),
    );
  });

  it('resolves false when cancelled or failed', async () => {
    await expect(printPage(printable(false))).resolves.toBe(false);
  });

  it('resolves false when print throws', async () => {
    await expect(printPage(printable('throws'))).resolves.toBe(false);
  });

  it('resolves false without a page to print', async () => {
    await expect(printPage(undefined)).resolves.toBe(false);
    const destroyed = printable(true, true);
    await expect(printPage(destroyed)).resolves.toBe(false);
    expect(destroyed.print).not.toHaveBeenCalled();
  });
});

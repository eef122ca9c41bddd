import { describe, expect, it, vi } from 'vitest';

import { createSettingsStore } from '../../node/config/settings-store';
import { DEFAULT_CONFIG } from '../../shared/settings/kiosk-settings';
import { createPrinterCheck } from './printer-check';

const log = () => ({ info: vi.fn(), warn: vi.fn() });

describe('printer check', () => {
  it('turns printing on when the configured printer is listed', async () => {
    const store = createSettingsStore({ ...DEFAULT_CONFIG, printer: 'Balie' }, []);
    expect(store.settings().printing).toBe(false);
    await createPrinterCheck(store, () => Promise.resolve(['PDF', 'Balie']), log())();
    expect(store.settings().printing).toBe(true);
  });

  it('keeps printing off for an unknown printer and reports it once', async () => {
    const store = createSettingsStore({ ...DEFAULT_CONFIG, printer: 'Balie' }, []);
    const check = createPrinterCheck(store, () => Promise.resolve(['PDF']), log());
    await check();
    await check();
    expect(store.settings().printing).toBe(false);
    expect(store.problems()).toEqual([
      {
        field: 'printer',
        message:
          'printer: "Balie" is not a printer this computer lists (it lists: "PDF"); printing is off until it is found',
      },
    ]);
    expect(store.settings().configProblems).toBe(1);
  });

  it('finds a printer that was switched on later', async () => {
    const store = createSettingsStore({ ...DEFAULT_CONFIG, printer: 'Balie' }, []);
    let printers: string[] = [];
    const check = createPrinterCheck(store, () => Promise.resolve(printers), log());
    await check();
    printers = ['Balie'];
    await check();
    expect(store.settings().printing).toBe(true);
  });

  it('never turns printing on without a configured printer', async () => {
    const store = createSettingsStore(DEFAULT_CONFIG, []);
    const list = vi.fn(() => Promise.resolve(['Balie']));
    await createPrinterCheck(store, list, log())();
    expect(store.settings().printing).toBe(false);
    expect(list).not.toHaveBeenCalled();
  });
});

import { describe, expect, it, vi } from 'vitest';

import { createSettingsStore } from '../../node/config/settings-store';
import { DEFAULT_CONFIG } from '../../shared/settings/kiosk-settings';
import { createPrinterCheck } from './printer-check';

const log = () => ({ info: vi.fn(), warn: vi.fn() });
const named = (...names: string[]) => names.map((name) => ({ name }));

describe('printer check', () => {
  it('turns printing on when the configured printer is listed', async () => {
    const store = createSettingsStore({ ...DEFAULT_CONFIG, printer: 'Balie' }, []);
    expect(store.settings().printing).toBe(false);
    await createPrinterCheck(store, () => Promise.resolve(named('PDF', 'Balie')), log())();
    expect(store.settings().printing).toBe(true);
  });

  it('keeps printing off for an unknown printer and reports it once', async () => {
    const store = createSettingsStore({ ...DEFAULT_CONFIG, printer: 'Balie' }, []);
    const check = createPrinterCheck(store, () => Promise.resolve(named('PDF')), log());
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
    let printers = named();
    const check = createPrinterCheck(store, () => Promise.resolve(printers), log());
    await check();
    printers = named('Balie');
    await check();
    expect(store.settings().printing).toBe(true);
  });

  it('never turns printing on without a configured printer', async () => {
    const store = createSettingsStore(DEFAULT_CONFIG, []);
    const list = vi.fn(() => Promise.resolve(named('Balie')));
    await createPrinterCheck(store, list, log())();
    expect(store.settings().printing).toBe(false);
    expect(list).not.toHaveBeenCalled();
  });
});

describe('printer check refuses virtual and file printers', () => {
  it.each([
    [{ name: 'Microsoft Print to PDF' }],
    [{ name: 'Balie', options: { 'printer-make-and-model': 'Microsoft Print To PDF' } }],
    [{ name: 'Balie', options: { 'device-uri': 'cups-pdf:/' } }],
    [{ name: 'Balie', options: { 'device-uri': 'file:///tmp/out.prn' } }],
  ])('keeps printing off for %j and says why', async (listed) => {
    const store = createSettingsStore({ ...DEFAULT_CONFIG, printer: listed.name }, []);
    const printers = [{ displayName: listed.name, options: {}, ...listed }];
    const check = createPrinterCheck(store, () => Promise.resolve(printers), log());
    await check();
    await check();
    expect(store.settings().printing).toBe(false);
    expect(store.problems()).toHaveLength(1);
    expect(store.problems()[0]!.message).toMatch(
      /^printer: ".+" (is|prints to) .+ save-as or fax dialog.+; printing is off/i,
    );
  });
});

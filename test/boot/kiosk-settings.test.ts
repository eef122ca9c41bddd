// The kiosk settings store, printing and the staff session, on the built main process: what
// staff and patients would notice, with the config file a clinic would write.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { APP_ORIGIN } from '../../src/shared/app-origin';
import { IpcChannel, IpcEvent } from '../../src/shared/ipc';
import { callsTo, readLog } from './boot-expectations';
import { type BootedMain, bootMain, eventually } from './boot-harness';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
// PIN 246813, printer "Balie".
const CLINIC_CONFIG = join(projectRoot, 'e2e', 'config', 'kiosk-config.json');
const APP = `${APP_ORIGIN}/index.html`;
const booted: BootedMain[] = [];

type ListedPrinter = { name: string; options?: Record<string, string> };

async function boot(printers: (string | ListedPrinter)[]): Promise<BootedMain> {
  const listed = printers.map((printer) =>
    typeof printer === 'string' ? { name: printer } : printer,
  );
  const main = await bootMain({
    appPath: projectRoot,
    configPath: CLINIC_CONFIG,
    env: { STAND_IN_PRINTERS: JSON.stringify(listed) },
  });
  booted.push(main);
  await main.ready();
  return main;
}

async function settings(main: BootedMain): Promise<Record<string, unknown>> {
  const answer = await main.invoke(IpcChannel.kioskSettings, APP);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value as Record<string, unknown>;
}

afterEach(async () => {
  for (const main of booted.splice(0)) await main.stop();
});

describe('printing, on the built main process', () => {
  it('prints silently to the configured printer, one A4 copy, twice per patient', async () => {
    const main = await boot(['PDF', 'Balie']);
    await eventually(async () => (await settings(main))['printing'] === true, 'printing is on');
    const results = [];
    for (let i = 0; i < 3; i += 1) results.push(await main.invoke(IpcChannel.printHandout, APP));
    expect(results.map((result) => (result.ok ? result.value : result.error))).toEqual([
      { ok: true },
      { ok: true },
      { ok: false, reason: 'limit' },
    ]);
    const [window] = (await main.snapshot()).windows;
    expect(window!.printCalls).toEqual([
      {
        silent: true,
        deviceName: 'Balie',
        copies: 1,
        pageSize: 'A4',
        printBackground: true,
        landscape: false,
      },
      expect.anything(),
    ]);
    // The next patient may print again.
    await main.invoke(IpcChannel.reportPatientSession, APP, 'active');
    await main.invoke(IpcChannel.reportPatientSession, APP, 'idle');
    expect(await main.invoke(IpcChannel.printHandout, APP)).toEqual({
      ok: true,
      value: { ok: true },
    });
  });

  it('keeps printing off when the configured printer is not there, and says so', async () => {
    const main = await boot(['PDF']);
    await eventually(
      async () => (await settings(main))['configProblems'] === 1,
      'the missing printer is a config problem',
    );
    expect(await settings(main)).toMatchObject({ printing: false });
    expect(await main.invoke(IpcChannel.printHandout, APP)).toEqual({
      ok: true,
      value: { ok: false, reason: 'disabled' },
    });
    expect((await main.snapshot()).windows[0]!.printCalls).toEqual([]);
  });

  it('refuses a configured printer that is a PDF queue (CUPS-PDF renamed "Balie"), and says why', async () => {
    const main = await boot([{ name: 'Balie', options: { 'device-uri': 'cups-pdf:/' } }]);
    await eventually(
      async () => (await settings(main))['configProblems'] === 1,
      'the PDF printer is a config problem',
    );
    expect(await settings(main)).toMatchObject({ printing: false });
    expect(await main.invoke(IpcChannel.printHandout, APP)).toEqual({
      ok: true,
      value: { ok: false, reason: 'disabled' },
    });
    expect((await main.snapshot()).windows[0]!.printCalls).toEqual([]);
    expect(readLog(main.userData)).toMatch(
      /WARN config error: printer: "Balie" prints to a file or fax \(device URI "cups-pdf:\/"\)/,
    );
  });
});

describe('the staff session, on the built main process', () => {
  it('windowed mode and the unlocked panel end at the next idle reset, and the window is told', async () => {
    const main = await boot([]);
    expect(await main.invoke(IpcChannel.staffAction, APP, 'toggle-mode')).toEqual({
      ok: true,
      value: { ok: false },
    });
    await main.invoke(IpcChannel.reportPatientSession, APP, 'active');
    expect(await main.invoke(IpcChannel.unlockStaff, APP, '246813')).toEqual({
      ok: true,
      value: { ok: true, sessionSeconds: 120 },
    });
    await main.invoke(IpcChannel.staffAction, APP, 'toggle-mode');
    expect(await settings(main)).toMatchObject({ mode: 'windowed' });
    let snapshot = await main.snapshot();
    expect(callsTo(snapshot, 'window.setKiosk').at(-1)?.args).toEqual([false]);
    const pushed = callsTo(snapshot, 'webContents.send').filter(
      (call) => call.args[0] === IpcEvent.settingsChanged,
    );
    expect(pushed.at(-1)?.args[1]).toMatchObject({ mode: 'windowed' });

    await main.invoke(IpcChannel.reportPatientSession, APP, 'idle');
    snapshot = await main.snapshot();
    expect(callsTo(snapshot, 'window.setKiosk').at(-1)?.args).toEqual([true]);
    expect(await settings(main)).toMatchObject({ mode: 'kiosk' });
    expect(callsTo(snapshot, 'webContents.send').map((call) => call.args[0])).toContain(
      IpcEvent.staffSessionEnded,
    );
    expect(await main.invoke(IpcChannel.diagnostics, APP)).toEqual({ ok: true, value: null });
  });

  it('staff with the PIN see the diagnostics, switch the live window to windowed and reload it', async () => {
    const main = await boot([]);
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await main.invoke(IpcChannel.diagnostics, APP)).toEqual({ ok: true, value: null });
    expect(await main.invoke(IpcChannel.unlockStaff, APP, '246813')).toEqual({
      ok: true,
      value: { ok: true, sessionSeconds: 120 },
    });
    expect(await main.invoke(IpcChannel.diagnostics, APP)).toMatchObject({
      ok: true,
      value: { version, configPath: CLINIC_CONFIG },
    });
    expect(await main.invoke(IpcChannel.staffAction, APP, 'toggle-mode')).toEqual({
      ok: true,
      value: { ok: true },
    });
    let snapshot = await main.snapshot();
    expect(callsTo(snapshot, 'window.setSize').at(-1)?.args).toEqual([1280, 800]);
    expect(snapshot.windows[0]).toMatchObject({
      state: { kiosk: false, fullscreen: false },
      closable: true,
    });
    expect(await main.invoke(IpcChannel.staffAction, APP, 'reload')).toEqual({
      ok: true,
      value: { ok: true },
    });
    snapshot = await main.snapshot();
    expect(snapshot.windows[0]!.loadedUrls).toEqual([APP, APP]);
    const log = readLog(main.userData);
    expect(log).toMatch(/INFO staff action \{"action":"reload"\}/);
    expect(log).toMatch(/INFO reloading the window \{"reason":"staff"\}/);
    expect(log).not.toContain('246813');
  });

  it('a wrong PIN three times locks the keypad, and a right PIN then still fails', async () => {
    const main = await boot([]);
    for (const pin of ['111111', '222222']) await main.invoke(IpcChannel.unlockStaff, APP, pin);
    expect(await main.invoke(IpcChannel.unlockStaff, APP, '333333')).toMatchObject({
      value: { ok: false, reason: 'locked', secondsLeft: 60 },
    });
    expect(await main.invoke(IpcChannel.unlockStaff, APP, '246813')).toMatchObject({
      value: { ok: false, reason: 'locked' },
    });
  });

  it('the lock outlives a restart of the kiosk, and the log says so', async () => {
    const first = await boot([]);
    for (const pin of ['111111', '222222', '333333'])
      await first.invoke(IpcChannel.unlockStaff, APP, pin);
    await first.stop();
    const main = await bootMain({
      appPath: projectRoot,
      configPath: CLINIC_CONFIG,
      userData: first.userData,
    });
    booted.push(main);
    await main.ready();
    expect(await main.invoke(IpcChannel.unlockStaff, APP, '246813')).toMatchObject({
      value: { ok: false, reason: 'locked' },
    });
    const log = readLog(main.userData);
    expect(log).toMatch(/WARN staff keypad locked: three wrong PINs \{"round":1,"minutes":1/);
    expect(log).toMatch(/INFO staff keypad lockout carried over from before the restart/);
  });
});

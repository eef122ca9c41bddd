// Presenter mode on the built main process: a second window with the same isolation, placed
// on the displays there are, messages carried only in the direction each role may send, and
// the patient's screen left alone when the physio closes the presenter window.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { APP_ORIGIN } from '../../src/shared/app-origin';
import { IpcChannel, IpcEvent } from '../../src/shared/ipc';
import { type BootedMain, bootMain, eventually } from './boot-harness';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const CLINIC_CONFIG = join(projectRoot, 'e2e', 'config', 'kiosk-config.json');
const APP = `${APP_ORIGIN}/index.html`;
const PRESENTER = `${APP}#/presenter`;
const PIN = '246813';
const LAPTOP = { id: 1, x: 0, width: 1366, height: 768 };
const WALL = { id: 2, x: 1366, width: 1920, height: 1080 };
const booted: BootedMain[] = [];

function presenterConfig(): string {
  const config = JSON.parse(readFileSync(CLINIC_CONFIG, 'utf8')) as Record<string, unknown>;
  const file = join(mkdtempSync(join(tmpdir(), 'kiosk-presenter-')), 'kiosk-config.json');
  writeFileSync(file, JSON.stringify({ ...config, presenterMode: true }));
  return file;
}

async function boot(presenting: boolean, displays = [LAPTOP, WALL]): Promise<BootedMain> {
  const main = await bootMain({
    appPath: projectRoot,
    configPath: presenting ? presenterConfig() : CLINIC_CONFIG,
    env: { STAND_IN_DISPLAYS: JSON.stringify(displays) },
  });
  booted.push(main);
  await main.ready();
  return main;
}

const presentationMessages = (sent: unknown[][]) =>
  sent.filter(([channel]) => channel === IpcEvent.presentation).map(([, message]) => message);

afterEach(async () => {
  for (const main of booted.splice(0)) await main.stop();
});

describe('presenter mode, on the built main process', () => {
  it('opens a presenter window beside the kiosk window, with the same isolation', async () => {
    const main = await boot(true);
    const [audience, presenter] = (await main.snapshot()).windows;
    expect(presenter).toBeDefined();
    expect(presenter!.loadedUrls).toEqual([PRESENTER]);
    expect(presenter!.options.webPreferences).toEqual(audience!.options.webPreferences);
    expect(presenter!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(presenter!.hasWindowOpenHandler).toBe(true);
    expect(presenter!.contentsEvents).toEqual(
      expect.arrayContaining(['before-input-event', 'will-navigate', 'render-process-gone']),
    );
    // The patient's screen on the wall display as a kiosk, the physio's on the laptop.
    expect(audience!.bounds).toEqual({ x: 1366, y: 0, width: 1920, height: 1080 });
    expect(audience!.state.kiosk).toBe(true);
    expect(presenter!.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 768 });
    expect(presenter!.state).toEqual({ kiosk: false, fullscreen: true });
  });

  it('with one display in kiosk mode, presenterMode in the config is a problem, not a window', async () => {
    const main = await boot(true, [LAPTOP]);
    expect((await main.snapshot()).windows).toHaveLength(1);
    const settings = await main.invoke(IpcChannel.kioskSettings, APP);
    expect(settings).toMatchObject({ ok: true, value: { presenterMode: false } });
    await main.invoke(IpcChannel.unlockStaff, APP, PIN);
    const diagnostics = await main.invoke(IpcChannel.diagnostics, APP);
    expect(JSON.stringify(diagnostics)).toMatch(/presenterMode: true needs a second display/);
  });

  it('with one display, staff open the presenter as a frameless window on top of the kiosk', async () => {
    const main = await boot(false, [LAPTOP]);
    await main.invoke(IpcChannel.unlockStaff, APP, PIN);
    await main.invoke(IpcChannel.staffAction, APP, 'presenter-on');
    const [audience, presenter] = (await main.snapshot()).windows;
    expect(audience!.state.kiosk).toBe(true);
    expect(presenter!.state.fullscreen).toBe(false);
    expect(presenter!.bounds!.width).toBeLessThan(LAPTOP.width);
    expect(presenter!.options).toMatchObject({ frame: false, movable: false, skipTaskbar: true });
    const onTop = (await main.snapshot()).calls.filter(
      (call) => call.api === 'window.setAlwaysOnTop',
    );
    expect(onTop.map((call) => call.args[0]).slice(-2)).toEqual([false, true]);
  });

  // W1 of issue 19: after a swap on a one-display kiosk, ending the presentation left a
  // frameless 60 % window, always on top, with the desktop beside it.
  it('swap, then stop presenting, on one display: the kiosk window is a kiosk again', async () => {
    const main = await boot(false, [LAPTOP]);
    await main.invoke(IpcChannel.unlockStaff, APP, PIN);
    await main.invoke(IpcChannel.staffAction, APP, 'presenter-on');
    await main.invoke(IpcChannel.staffAction, APP, 'swap-screens');
    expect((await main.snapshot()).windows[0]!.state.kiosk).toBe(false);
    await main.invoke(IpcChannel.staffAction, APP, 'presenter-off');
    await eventually(
      async () => (await main.snapshot()).windows[1]!.destroyed,
      'the presenter window closed',
    );
    const audience = (await main.snapshot()).windows[0]!;
    expect(audience.state).toEqual({ kiosk: true, fullscreen: true });
    expect(audience.bounds).toEqual({ x: 0, y: 0, width: LAPTOP.width, height: LAPTOP.height });
    const onTop = (await main.snapshot()).calls.filter(
      (call) => call.api === 'window.setAlwaysOnTop' && call.args[0] === true,
    );
    expect(onTop.length).toBeGreaterThan(0);
    expect(
      (await main.snapshot()).calls.filter((call) => call.api === 'window.setAlwaysOnTop').at(-1)
        ?.args,
    ).toEqual([false]);
  });

  it('opens no presenter window when presenter mode is off', async () => {
    const main = await boot(false);
    expect((await main.snapshot()).windows).toHaveLength(1);
  });

  it('carries commands from the presenter to the audience and the state back, nothing else', async () => {
    const main = await boot(true);
    const command = { kind: 'command', command: { type: 'navigate', command: 'next' } };
    const state = {
      kind: 'state',
      state: {
        route: { screen: 'slide', index: 1 },
        overview: false,
        blank: false,
        language: 'nl',
        reading: false,
        canRead: false,
      },
    };
    expect(await main.invokeFrom(1, IpcChannel.sendPresentation, PRESENTER, command)).toMatchObject(
      { ok: true },
    );
    expect(await main.invokeFrom(0, IpcChannel.sendPresentation, APP, state)).toMatchObject({
      ok: true,
    });
    // The patient's window may not steer: its command goes nowhere.
    await main.invokeFrom(0, IpcChannel.sendPresentation, APP, command);
    const refused = await main.invokeFrom(1, IpcChannel.sendPresentation, PRESENTER, {
      kind: 'command',
      command: { type: 'eval' },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: expect.stringMatching(/presentation message/),
    });
    const [audience, presenter] = (await main.snapshot()).windows;
    expect(presentationMessages(audience!.sent)).toEqual([command]);
    expect(presentationMessages(presenter!.sent)).toEqual([state]);
  });

  it('moves the windows when the wall screen is unplugged and plugged in again', async () => {
    const main = await boot(true);
    await main.setDisplays([LAPTOP]);
    let [audience, presenter] = (await main.snapshot()).windows;
    expect(audience!.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 768 });
    expect(audience!.state.kiosk).toBe(true);
    expect(presenter!.state.fullscreen).toBe(false);
    await main.setDisplays([LAPTOP, WALL]);
    [audience, presenter] = (await main.snapshot()).windows;
    expect(audience!.bounds?.x).toBe(1366);
    expect(presenter!.state.fullscreen).toBe(true);
  });

  it('lets staff swap the screens', async () => {
    const main = await boot(true);
    await main.invoke(IpcChannel.unlockStaff, APP, PIN);
    expect(await main.invoke(IpcChannel.staffAction, APP, 'swap-screens')).toEqual({
      ok: true,
      value: { ok: true },
    });
    const [audience, presenter] = (await main.snapshot()).windows;
    expect(audience!.bounds?.x).toBe(0);
    expect(presenter!.bounds?.x).toBe(1366);
  });

  it('closing the presenter window ends presenting and puts the kiosk back on its own display', async () => {
    const main = await boot(true);
    expect((await main.snapshot()).windows[0]!.bounds?.x).toBe(WALL.x);
    expect(await main.closeWindow(1)).toEqual({ destroyed: true });
    const after = await main.snapshot();
    const audience = after.windows[0]!;
    expect(audience.destroyed).toBe(false);
    // No touchscreen, no kioskDisplay: the primary display is the kiosk's own.
    expect(audience.bounds).toEqual({ x: 0, y: 0, width: LAPTOP.width, height: LAPTOP.height });
    expect(audience.state).toEqual({ kiosk: true, fullscreen: true });
    expect(presentationMessages(audience.sent)).toEqual([{ kind: 'bye' }]);
    const settings = await main.invoke(IpcChannel.kioskSettings, APP);
    expect(settings).toMatchObject({ ok: true, value: { presenterMode: false } });
    expect(after.quitCalls).toBe(0);
  });

  it("the presenter's end button closes its window; staff can open it again", async () => {
    const main = await boot(true);
    await main.invokeFrom(1, IpcChannel.sendPresentation, PRESENTER, { kind: 'bye' });
    await eventually(
      async () => (await main.snapshot()).windows[1]!.destroyed,
      'presenter window closed',
    );
    await main.invoke(IpcChannel.unlockStaff, APP, PIN);
    await main.invoke(IpcChannel.staffAction, APP, 'presenter-on');
    const windows = (await main.snapshot()).windows;
    expect(windows).toHaveLength(3);
    expect(windows[2]!.loadedUrls).toEqual([PRESENTER]);
    expect(windows[2]!.destroyed).toBe(false);
  });
});

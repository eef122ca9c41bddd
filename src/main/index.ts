// Wires the main process together: config and log, scheme, security, IPC, and the kiosk
// window with its lockdown, keep-awake and recovery.

import { join } from 'node:path';

import { app, type BrowserWindow, Menu, powerSaveBlocker, screen, session } from 'electron';

import { configPath } from '../node/config/config-file';
import { loadKioskSetup, logKioskSetup } from '../node/config/kiosk-setup';
import { availableLanguages } from '../node/config/languages';
import { createSettingsStore } from '../node/config/settings-store';
import { collectDiagnostics, readContentVersion } from '../node/kiosk/diagnostics';
import { createKioskService, undoSessionChanges } from '../node/kiosk/kiosk-service';
import { LOCKOUT_FILE_NAME } from '../node/kiosk/lockout-file';
import { createPatientSession } from '../node/kiosk/patient-session';
import { createPrintAllowance } from '../node/kiosk/print-allowance';
import { createStaffSession } from '../node/kiosk/staff-session';
import { createStaffUnlock } from '../node/kiosk/staff-unlock';
import { createRotatingLog } from '../node/rotating-log';
import { outOfOrderUrl } from '../node/serving/out-of-order-page';
import { servedRoots } from '../node/serving/served-roots';
import { systemTimers } from '../node/timers';
import { APP_START_URL } from '../shared/app-origin';
import { IpcEvent } from '../shared/ipc';
import { senderRole } from '../shared/presentation/presentation-messages';
import { PRESENTER_HASH } from '../shared/presentation/presenter-hash';
import type { KioskMode } from '../shared/settings/kiosk-settings';
import { createPresentationRelay } from './ipc/presentation-relay';
import { registerIpcHandlers } from './ipc/register-ipc';
import { listPrinters, printSilently } from './printing/print';
import { createPrinterCheck } from './printing/printer-check';
import { handleAppScheme, registerAppScheme } from './protocol';
import { scheduleNightlyReload } from './recovery/nightly-reload';
import { logProcessErrors } from './recovery/process-errors';
import { attachRecovery, type Recovery } from './recovery/recovery';
import { createStartCheck } from './recovery/start-check';
import { forbiddenDebugSwitches } from './security/debug-switches';
import { lockDownInput } from './security/lockdown';
import { hardenSession, hardenWebContents } from './security/security';
import { createOriginCheck, createStartPageCheck } from './security/trusted-origin';
import { enableSystemVoices } from './speech';
import { createCloseGuard } from './windows/close-guard';
import { keepDisplayAwake } from './windows/keep-awake';
import { createKioskWindows, type KioskWindows } from './windows/kiosk-windows';
import { createPresenterTimeout } from './windows/presenter-timeout';
import { claimSingleInstance } from './windows/single-instance';
import { createMainWindow, createPresenterWindow, devToolsAllowed } from './windows/window';
import { applyWindowMode } from './windows/window-mode';

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const startUrl = devServerUrl ?? APP_START_URL;
const isTrustedUrl = createOriginCheck(devServerUrl);
const isStartPage = createStartPageCheck(startUrl);
const roots = servedRoots(app.getAppPath());
let mainWindow: BrowserWindow | undefined;
/** The web contents of the windows we opened: the only ones IPC answers. */
const ourContents = new Set<number>();
let recovery: Recovery | undefined;
let kioskWindows: KioskWindows | undefined;

// Every renderer sandboxed, whatever a window's own preferences say; before ready, or it is
// too late.
app.enableSandbox();
const debugSwitches = app.isPackaged ? forbiddenDebugSwitches(process.argv) : [];
if (debugSwitches.length > 0) {
  process.stderr.write(`physio-kiosk: refusing to start with ${debugSwitches.join(' ')}\n`);
  app.exit(1);
} else {
  enableSystemVoices(app, process.platform);
  if (claimSingleInstance(app, () => mainWindow)) start();
}

function start(): void {
  const userData = app.getPath('userData');
  const path = configPath(process.env, userData, app.isPackaged);
  const setup = loadKioskSetup(path, roots.locales);
  const log = createRotatingLog({
    file: join(userData, 'logs', 'kiosk.log'),
    maxBytes: setup.config.logMaxBytes,
  });
  logProcessErrors(process, log);
  log.info('start', { version: app.getVersion(), packaged: app.isPackaged });
  logKioskSetup(setup, log);

  const store = createSettingsStore(setup.config, setup.errors);
  const send = (channel: string, ...args: unknown[]): void => {
    if (mainWindow !== undefined && !mainWindow.isDestroyed())
      mainWindow.webContents.send(channel, ...args);
  };
  store.subscribe((settings) => send(IpcEvent.settingsChanged, settings));
  const relay = createPresentationRelay(log);
  const presenterTimeout = createPresenterTimeout({
    timers: systemTimers,
    ms: setup.config.presenterIdleMinutes * 60_000,
    onTimeout: () => {
      log.info('presenter mode ended: no presenter command', {
        minutes: setup.config.presenterIdleMinutes,
      });
      store.update({ presenterMode: false });
      // What the last patient left on screen goes with the presentation.
      recovery?.reloadNow('presenter timeout');
    },
  });
  store.subscribe((settings) => presenterTimeout.setPresenting(settings.presenterMode));
  const closeGuard = createCloseGuard(() => store.runtime().mode === 'kiosk', log);
  app.on('before-quit', () => closeGuard.allowClose('quitting'));
  const controls = {
    quit: () => {
      closeGuard.allowClose('staff exit');
      app.quit();
    },
    reload: () => recovery?.reloadNow('staff'),
    setMode: (mode: KioskMode) => {
      if (mainWindow !== undefined && !mainWindow.isDestroyed()) applyWindowMode(mainWindow, mode);
      // And back on the kiosk's own display, wherever the window was.
      kioskWindows?.restore();
    },
    swapScreens: () => kioskWindows?.swap(),
  };
  const staffSession = createStaffSession({
    onEnd: () => {
      log.info('staff session ended');
      undoSessionChanges(store, controls);
      send(IpcEvent.staffSessionEnded);
    },
  });
  const allowance = createPrintAllowance(
    { perSession: setup.config.printsPerSession, perHour: setup.config.printsPerHour },
    () => performance.now(),
  );
  const checkPrinter = createPrinterCheck(store, () => listPrinters(mainWindow?.webContents), log);
  let nightly: ReturnType<typeof scheduleNightlyReload> | undefined;
  const patient = createPatientSession(() => {
    log.info('idle reset');
    staffSession.close();
    allowance.newPatientSession();
    nightly?.idleReset();
    void checkPrinter();
  });

  registerAppScheme();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isStartPage));
  registerIpcHandlers(
    createKioskService({
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        languages: availableLanguages(roots.locales),
        electron: process.versions.electron ?? '',
      }),
      store,
      unlock: createStaffUnlock({
        staffPin: setup.config.staffPin,
        stateFile: join(userData, LOCKOUT_FILE_NAME),
        log,
      }),
      session: staffSession,
      patient,
      controls,
      diagnostics: () =>
        collectDiagnostics({
          version: app.getVersion(),
          contentVersion: () => readContentVersion(roots.resources),
          uptimeSeconds: () => process.uptime(),
          rssBytes: () => process.memoryUsage().rss,
          configPath: path,
          configErrors: store.problems(),
          logTail: (lines) => log.tail(lines),
        }),
      allowance,
      print: () =>
        setup.config.printer === null
          ? Promise.resolve(false)
          : printSilently(mainWindow?.webContents, setup.config.printer),
      log,
      relay: {
        relay: (message, senderId) => {
          const went = relay.relay(message, senderId);
          if (went && senderRole(message) === 'presenter') presenterTimeout.touch();
          return went;
        },
      },
    }),
    // Only the app's own page, in the main frame of one of our windows, may talk to main; not
    // the out-of-order page, not an asset, not a frame.
    { isTrustedUrl: isStartPage, isOurContents: (id) => ourContents.has(id) },
  );

  const openWindow = (): void => {
    const window = createMainWindow({
      startUrl,
      mode: store.runtime().mode,
      allowDevTools: devToolsAllowed(store.runtime().mode, app.isPackaged),
    });
    const contents = window.webContents;
    const contentsId = contents.id;
    ourContents.add(contentsId);
    mainWindow = window;
    relay.attach('audience', contents);
    closeGuard.guard(window);
    lockDownInput(contents, () => store.runtime().mode === 'kiosk');
    keepDisplayAwake(powerSaveBlocker, window);
    const load = (url: string): void => {
      if (!window.isDestroyed()) contents.loadURL(url).catch(() => undefined);
    };
    const windowRecovery = attachRecovery(contents, {
      reload: () => load(startUrl),
      showOutOfOrder: (retrySeconds) =>
        load(outOfOrderUrl(store.runtime().defaultLanguage, retrySeconds)),
      checkStarted: createStartCheck(contents),
      isStartPage,
      log,
    });
    recovery = windowRecovery;
    const windowNightly = scheduleNightlyReload(setup.config.nightlyReload, {
      reload: () => windowRecovery.reloadNow('nightly'),
      // Never while a patient uses the kiosk or a physio presents: wait for the idle reset.
      isPatientActive: () => patient.isActive() || store.runtime().presenterMode,
      log,
    });
    nightly = windowNightly;
    window.once('closed', () => {
      windowNightly.cancel();
      nightly = undefined;
      windowRecovery.dispose();
      relay.detach(contentsId);
      ourContents.delete(contentsId);
      mainWindow = undefined;
      recovery = undefined;
    });
  };

  const openPresenterWindow = (): BrowserWindow => {
    const window = createPresenterWindow(
      startUrl,
      store.runtime().mode,
      devToolsAllowed(store.runtime().mode, app.isPackaged),
    );
    const contents = window.webContents;
    const contentsId = contents.id;
    ourContents.add(contentsId);
    relay.attach('presenter', contents);
    lockDownInput(contents, () => store.runtime().mode === 'kiosk');
    contents.on('render-process-gone', () => {
      log.warn('presenter window renderer gone; reloading');
      if (!window.isDestroyed())
        contents.loadURL(`${startUrl}${PRESENTER_HASH}`).catch(() => undefined);
    });
    window.once('closed', () => {
      relay.detach(contentsId);
      ourContents.delete(contentsId);
    });
    return window;
  };

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, isTrustedUrl);
    handleAppScheme(session.defaultSession, roots, () => store.runtime().defaultLanguage);
    Menu.setApplicationMenu(null);
    openWindow();
    const windows = createKioskWindows({
      screen,
      audience: () => mainWindow,
      createPresenter: openPresenterWindow,
      mode: () => store.runtime().mode,
      kioskDisplay: setup.config.kioskDisplay,
      // Closed by the physio: presenting is over and the idle rules return.
      onClosed: () => store.update({ presenterMode: false }),
      log,
    });
    kioskWindows = windows;
    windows.restore();
    if (
      store.runtime().presenterMode &&
      store.runtime().mode === 'kiosk' &&
      screen.getAllDisplays().length < 2
    ) {
      // A presenter view over a one-display kiosk from the moment it boots would keep every
      // patient from the idle reset; staff can still turn it on for a session.
      store.addProblem({
        field: 'presenterMode',
        message:
          'presenterMode: true needs a second display in kiosk mode (there is one); not presenting',
      });
      store.update({ presenterMode: false });
    }
    windows.setPresenting(store.runtime().presenterMode);
    presenterTimeout.setPresenting(store.runtime().presenterMode);
    store.subscribe((settings) => windows.setPresenting(settings.presenterMode));
    void checkPrinter();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => log.info('quit'));
}

// Wires the main process together: config and log, scheme, security, IPC, and the kiosk
// window with its lockdown, keep-awake and recovery.

import { join } from 'node:path';

import { app, type BrowserWindow, Menu, powerSaveBlocker, session } from 'electron';

import { APP_START_URL } from '../shared/app-origin';
import { createCloseGuard } from './close-guard';
import { configPath } from './config-file';
import { collectDiagnostics, readContentVersion } from './diagnostics';
import { registerIpcHandlers } from './ipc';
import { keepDisplayAwake } from './keep-awake';
import { createKioskHandlers, type KioskRuntime } from './kiosk-handlers';
import { loadKioskSetup, logKioskSetup } from './kiosk-setup';
import { availableLanguages } from './languages';
import { lockDownInput } from './lockdown';
import { scheduleNightlyReload } from './nightly-reload';
import { outOfOrderUrl } from './out-of-order-page';
import { printPage } from './print';
import { logProcessErrors } from './process-errors';
import { handleAppScheme, registerAppScheme } from './protocol';
import { attachRecovery, type Recovery } from './recovery';
import { createRotatingLog } from './rotating-log';
import { hardenSession, hardenWebContents } from './security';
import { servedRoots } from './served-roots';
import { claimSingleInstance } from './single-instance';
import { createStaffSession } from './staff-session';
import { createStaffUnlock } from './staff-unlock';
import { createStartCheck } from './start-check';
import { createOriginCheck, createStartPageCheck } from './trusted-origin';
import { applyWindowMode, createMainWindow, devToolsAllowed } from './window';

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const startUrl = devServerUrl ?? APP_START_URL;
const isTrustedUrl = createOriginCheck(devServerUrl);
const isStartPage = createStartPageCheck(startUrl);
const roots = servedRoots(app.getAppPath());
let mainWindow: BrowserWindow | undefined;
let recovery: Recovery | undefined;

if (claimSingleInstance(app, () => mainWindow)) start();

function start(): void {
  const userData = app.getPath('userData');
  const path = configPath(process.env, userData);
  const setup = loadKioskSetup(path, roots.locales);
  const log = createRotatingLog({
    file: join(userData, 'logs', 'kiosk.log'),
    maxBytes: setup.config.logMaxBytes,
  });
  logProcessErrors(process, log);
  log.info('start', { version: app.getVersion(), packaged: app.isPackaged });
  logKioskSetup(setup, log);

  const runtime: KioskRuntime = {
    mode: setup.config.mode,
    presenterMode: setup.config.presenterMode,
  };

  const closeGuard = createCloseGuard(() => runtime.mode === 'kiosk', log);
  app.on('before-quit', () => closeGuard.allowClose('quitting'));

  registerAppScheme();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isStartPage));
  registerIpcHandlers(
    createKioskHandlers({
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        languages: availableLanguages(roots.locales),
        electron: process.versions.electron ?? '',
      }),
      settings: setup.settings,
      runtime,
      unlock: createStaffUnlock({ staffPin: setup.config.staffPin }),
      session: createStaffSession(),
      controls: {
        quit: () => {
          closeGuard.allowClose('staff exit');
          app.quit();
        },
        reload: () => recovery?.reloadNow('staff'),
        setMode: (mode) => {
          if (mainWindow !== undefined && !mainWindow.isDestroyed())
            applyWindowMode(mainWindow, mode);
        },
      },
      diagnostics: () =>
        collectDiagnostics({
          version: app.getVersion(),
          contentVersion: () => readContentVersion(roots.resources),
          uptimeSeconds: () => process.uptime(),
          rssBytes: () => process.memoryUsage().rss,
          configPath: path,
          configErrors: setup.settings.configErrors,
          logTail: (lines) => log.tail(lines),
        }),
      print: () => printPage(mainWindow?.webContents),
      log,
    }),
    isTrustedUrl,
  );

  const openWindow = (): void => {
    const window = createMainWindow({
      startUrl,
      mode: runtime.mode,
      allowDevTools: devToolsAllowed(runtime.mode, app.isPackaged),
    });
    const contents = window.webContents;
    mainWindow = window;
    closeGuard.guard(window);
    lockDownInput(contents, () => runtime.mode === 'kiosk');
    keepDisplayAwake(powerSaveBlocker, window);
    const load = (url: string): void => {
      if (!window.isDestroyed()) contents.loadURL(url).catch(() => undefined);
    };
    const windowRecovery = attachRecovery(contents, {
      reload: () => load(startUrl),
      showOutOfOrder: (retrySeconds) =>
        load(outOfOrderUrl(setup.settings.defaultLanguage, retrySeconds)),
      checkStarted: createStartCheck(contents),
      isStartPage,
      log,
    });
    recovery = windowRecovery;
    const nightly = scheduleNightlyReload(setup.config.nightlyReload, {
      reload: () => windowRecovery.reloadNow('nightly'),
      // A presenting physio is never interrupted. TODO(merge): also while a patient is active,
      // and call nightly.idleReset() when the renderer reports an idle reset.
      isPatientActive: () => runtime.presenterMode,
      log,
    });
    window.once('closed', () => {
      nightly.cancel();
      windowRecovery.dispose();
      mainWindow = undefined;
      recovery = undefined;
    });
  };

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, isTrustedUrl);
    handleAppScheme(session.defaultSession, roots);
    Menu.setApplicationMenu(null);
    openWindow();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => log.info('quit'));
}

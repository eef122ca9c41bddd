// Wires the main process together: scheme, security, IPC and the window.

import { app, session } from 'electron';

import { APP_START_URL } from '../shared/app-origin';
import { registerIpcHandlers } from './ipc';
import { availableLanguages } from './languages';
import { handleAppScheme, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { servedRoots } from './served-roots';
import { createOriginCheck } from './trusted-origin';
import { createMainWindow } from './window';

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const isTrustedUrl = createOriginCheck(devServerUrl);
const roots = servedRoots(app.getAppPath());

registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isTrustedUrl));

void app.whenReady().then(() => {
  hardenSession(session.defaultSession, isTrustedUrl);
  handleAppScheme(session.defaultSession, roots);
  registerIpcHandlers(
    {
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        languages: availableLanguages(roots.locales),
        electron: process.versions.electron ?? '',
      }),
    },
    isTrustedUrl,
  );
  createMainWindow({ startUrl: devServerUrl ?? APP_START_URL, allowDevTools: !app.isPackaged });
});

app.on('window-all-closed', () => app.quit());

// Electron's security checklist applied to the session and to every web contents.

import type { Session, WebContents } from 'electron';

// Schemes that never reach the network and that Chromium uses for the app's own content.
const LOCAL_SCHEMES = ['data:', 'blob:', 'devtools:', 'chrome-extension:'];

export function hardenSession(session: Session, isTrustedUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const local = LOCAL_SCHEMES.some((scheme) => details.url.startsWith(scheme));
    callback({ cancel: !(local || isTrustedUrl(details.url)) });
  });
}

export function hardenWebContents(
  contents: WebContents,
  isTrustedUrl: (url: string) => boolean,
): void {
  const denyForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isTrustedUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-frame-navigate', (event) => denyForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

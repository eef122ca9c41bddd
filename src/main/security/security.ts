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
  // A download would open a Save-As dialog: a file explorer, a way out of the kiosk.
  session.on('will-download', (event) => event.preventDefault());
}

/**
 * The window may navigate only to the start page; frames inside it may not navigate at all (the
 * app has none, and its CSP forbids them). Loads that main starts itself (the start page, the
 * out-of-order page) fire none of these events.
 */
export function hardenWebContents(
  contents: WebContents,
  isStartPage: (url: string) => boolean,
): void {
  const onlyToStartPage = (event: { preventDefault(): void }, url: string): void => {
    if (!isStartPage(url)) event.preventDefault();
  };
  contents.on('will-navigate', onlyToStartPage);
  contents.on('will-redirect', onlyToStartPage);
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || !isStartPage(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

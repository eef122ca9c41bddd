// Answers the renderer's messages, but only from frames of our own origin.

import { ipcMain, type IpcMainInvokeEvent } from 'electron';

import { IpcChannel, type AppInfo } from '../shared/ipc';

export interface IpcHandlers {
  appInfo(): AppInfo;
}

export class UntrustedSenderError extends Error {
  constructor(url: string) {
    super(`IPC from an untrusted frame refused: ${url || '(no url)'}`);
  }
}

export function assertTrustedSender(
  event: IpcMainInvokeEvent,
  isTrustedUrl: (url: string) => boolean,
): void {
  const url = event.senderFrame?.url ?? '';
  if (!isTrustedUrl(url)) throw new UntrustedSenderError(url);
}

export function registerIpcHandlers(
  handlers: IpcHandlers,
  isTrustedUrl: (url: string) => boolean,
): void {
  ipcMain.handle(IpcChannel.appInfo, (event) => {
    assertTrustedSender(event, isTrustedUrl);
    return handlers.appInfo();
  });
}

// Exposes the typed KioskApi to the renderer, and nothing else.

import { contextBridge, ipcRenderer } from 'electron';

import { IpcChannel, type KioskApi } from '../shared/ipc';

const api: KioskApi = {
  appInfo: () => ipcRenderer.invoke(IpcChannel.appInfo),
};

contextBridge.exposeInMainWorld('kiosk', api);

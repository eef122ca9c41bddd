// Exposes the typed KioskApi to the renderer, and nothing else.

import { contextBridge, ipcRenderer } from 'electron';

import { IpcChannel, type KioskApi } from '../shared/ipc';

const api: KioskApi = {
  appInfo: () => ipcRenderer.invoke(IpcChannel.appInfo),
  kioskSettings: () => ipcRenderer.invoke(IpcChannel.kioskSettings),
  unlockStaff: (pin) => ipcRenderer.invoke(IpcChannel.unlockStaff, pin),
  staffAction: (action) => ipcRenderer.invoke(IpcChannel.staffAction, action),
  diagnostics: () => ipcRenderer.invoke(IpcChannel.diagnostics),
  printHandout: () => ipcRenderer.invoke(IpcChannel.printHandout),
};

contextBridge.exposeInMainWorld('kiosk', api);

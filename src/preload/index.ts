// Exposes the typed KioskApi to the renderer, and nothing else: never ipcRenderer itself, and
// to a listener only the message's payload, never the event (which carries `sender`).

import { contextBridge, ipcRenderer } from 'electron';

import {
  IpcChannel,
  IpcEvent,
  type IpcEventName,
  type KioskApi,
  type KioskSettings,
} from '../shared/ipc';
import type { PresentationMessage } from '../shared/presentation/presentation-messages';

function subscribe<T extends unknown[]>(channel: IpcEventName, listener: (...args: T) => void) {
  const forward = (_event: unknown, ...args: unknown[]) => listener(...(args as T));
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api: KioskApi = {
  appInfo: () => ipcRenderer.invoke(IpcChannel.appInfo),
  kioskSettings: () => ipcRenderer.invoke(IpcChannel.kioskSettings),
  unlockStaff: (pin) => ipcRenderer.invoke(IpcChannel.unlockStaff, pin),
  staffAction: (action) => ipcRenderer.invoke(IpcChannel.staffAction, action),
  setDefaultLanguage: (language) => ipcRenderer.invoke(IpcChannel.setDefaultLanguage, language),
  diagnostics: () => ipcRenderer.invoke(IpcChannel.diagnostics),
  printHandout: () => ipcRenderer.invoke(IpcChannel.printHandout),
  reportPatientSession: (state) => ipcRenderer.invoke(IpcChannel.reportPatientSession, state),
  sendPresentation: (message) => ipcRenderer.invoke(IpcChannel.sendPresentation, message),
  onSettingsChanged: (listener) =>
    subscribe<[KioskSettings]>(IpcEvent.settingsChanged, (settings) => listener(settings)),
  onStaffSessionEnded: (listener) => subscribe(IpcEvent.staffSessionEnded, () => listener()),
  onPresentation: (listener) =>
    subscribe<[PresentationMessage]>(IpcEvent.presentation, (message) => listener(message)),
};

contextBridge.exposeInMainWorld('kiosk', api);

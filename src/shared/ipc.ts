// The one contract between the main process, the preload and the renderer.

export const IpcChannel = {
  appInfo: 'kiosk:app-info',
} as const;

export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

export interface AppInfo {
  name: string;
  version: string;
  languages: string[];
  electron: string;
}

/** Everything the renderer may ask of the main process: one method per message. */
export interface KioskApi {
  appInfo(): Promise<AppInfo>;
}

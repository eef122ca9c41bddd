import { describe, expect, it, vi } from 'vitest';

import { IpcChannel } from '../shared/ipc';

const handlers = new Map<string, (...args: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn),
  },
}));

const { registerIpcHandlers, UntrustedSenderError } = await import('./ipc');
const { createOriginCheck } = await import('./trusted-origin');

const info = { name: 'physio-kiosk', version: '0.1.0', languages: ['en', 'nl'], electron: '45' };
registerIpcHandlers({ appInfo: () => info }, createOriginCheck(undefined));
const eventFrom = (url: string | undefined) => ({
  senderFrame: url === undefined ? null : { url },
});

describe('IPC', () => {
  it('answers appInfo to the app itself', () => {
    expect(handlers.get(IpcChannel.appInfo)?.(eventFrom('app://kiosk/index.html'))).toEqual(info);
  });

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'app://other/', '', undefined])(
    'refuses a sender at %j',
    (url) => {
      expect(() => handlers.get(IpcChannel.appInfo)?.(eventFrom(url))).toThrow(
        UntrustedSenderError,
      );
    },
  );

  it('registers a handler for every channel of the contract and nothing else', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(IpcChannel).sort());
  });
});

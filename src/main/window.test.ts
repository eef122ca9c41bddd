import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    loadURL = vi.fn(() => Promise.resolve());
    removeMenu = vi.fn();
    once = vi.fn();
    constructor(options: Record<string, unknown>) {
      created.push({ options, loadURL: this.loadURL });
    }
  },
}));

const { createMainWindow } = await import('./window');

describe('createMainWindow', () => {
  beforeEach(() => (created.length = 0));

  it('isolates the renderer: context isolation, sandbox, no Node, web security on', () => {
    createMainWindow({ startUrl: 'app://kiosk/index.html', allowDevTools: false });
    const prefs = created[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('loads the app scheme, never a file:// URL', () => {
    createMainWindow({ startUrl: 'app://kiosk/index.html', allowDevTools: false });
    expect(created[0]?.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
  });
});

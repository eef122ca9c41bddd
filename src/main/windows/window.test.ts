import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: {
  options: Record<string, unknown>;
  loaded: string[];
  removeMenu: ReturnType<typeof vi.fn>;
  once: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
}[] = [];
let loadResult: () => Promise<void> = () => Promise.resolve();

vi.mock('electron', () => ({
  BrowserWindow: class {
    loaded: string[] = [];
    // A plain function: vi.fn() would observe the returned promise and so handle a rejection.
    loadURL = (url: string): Promise<void> => {
      this.loaded.push(url);
      return loadResult();
    };
    removeMenu = vi.fn();
    once = vi.fn();
    show = vi.fn();
    constructor(options: Record<string, unknown>) {
      created.push({
        options,
        loaded: this.loaded,
        removeMenu: this.removeMenu,
        once: this.once,
        show: this.show,
      });
    }
  },
}));

const { applyWindowMode } = await import('./window-mode');
const { createMainWindow, createPresenterWindow, devToolsAllowed, windowOptions } =
  await import('./window');

const START = 'app://kiosk/index.html';

describe('createMainWindow', () => {
  beforeEach(() => (created.length = 0));

  it.each(['kiosk', 'windowed'] as const)(
    'isolates the renderer in %s mode: context isolation, sandbox, no Node, web security on',
    (mode) => {
      createMainWindow({ startUrl: START, mode, allowDevTools: false });
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
        experimentalFeatures: false,
        devTools: false,
      });
      expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    },
  );

  it('loads the app scheme, never a file:// URL, and has no menu', () => {
    createMainWindow({ startUrl: START, mode: 'kiosk', allowDevTools: false });
    expect(created[0]?.loaded).toEqual([START]);
    expect(created[0]?.removeMenu).toHaveBeenCalled();
  });

  it.each(['kiosk', 'windowed'] as const)(
    "shows the %s window only once its first frame is ready, on the page's own background",
    (mode) => {
      createMainWindow({ startUrl: START, mode, allowDevTools: false });
      const window = created[0]!;
      expect(window.options['show']).toBe(false);
      const paper = /--paper:\s*(#[0-9a-f]{6})/i.exec(
        readFileSync(join(__dirname, '../../renderer/src/theme.css'), 'utf8'),
      )?.[1];
      expect(String(window.options['backgroundColor']).toLowerCase()).toBe(paper?.toLowerCase());
      expect(window.show).not.toHaveBeenCalled();
      const [event, showWhenReady] = window.once.mock.calls[0] as [string, () => void];
      expect(event).toBe('ready-to-show');
      showWhenReady();
      expect(window.show).toHaveBeenCalledOnce();
    },
  );

  it('leaves no unhandled rejection when the first load fails (recovery handles it)', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    loadResult = () => Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
    try {
      createMainWindow({ startUrl: START, mode: 'kiosk', allowDevTools: false });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(created[0]?.loaded).toEqual([START]);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      loadResult = () => Promise.resolve();
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('createPresenterWindow', () => {
  beforeEach(() => (created.length = 0));

  it('opens the presenter view with the same isolation, as a window the physio can close', () => {
    createPresenterWindow(START, 'windowed', false);
    const { options, loaded, removeMenu } = created[0]!;
    expect(loaded).toEqual([`${START}#/presenter`]);
    expect(removeMenu).toHaveBeenCalled();
    expect(options).toMatchObject({ show: false, kiosk: false, closable: true, frame: true });
    expect(options['webPreferences']).toEqual(
      (windowOptions('kiosk', false) as Record<string, unknown>)['webPreferences'],
    );
  });

  it('on a kiosk, is nothing a patient can drag, minimise or find in the taskbar', () => {
    createPresenterWindow(START, 'kiosk', true);
    const { options } = created[0]!;
    expect(options).toMatchObject({
      frame: false,
      movable: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      skipTaskbar: true,
      kiosk: false,
    });
    // Dev tools follow the kiosk window's rule: never in kiosk mode.
    expect((options['webPreferences'] as Record<string, unknown>)['devTools']).toBe(false);
  });
});

describe('windowOptions', () => {
  it('kiosk mode: fullscreen kiosk, frameless, no menu bar, no dev tools even if allowed', () => {
    const options = windowOptions('kiosk', true);
    expect(options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
      resizable: false,
      closable: false,
      show: false,
    });
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it('windowed mode: an ordinary resizable 1280×800 window', () => {
    const options = windowOptions('windowed', false);
    expect(options).toMatchObject({
      kiosk: false,
      fullscreen: false,
      frame: true,
      resizable: true,
      closable: true,
      width: 1280,
      height: 800,
      autoHideMenuBar: true,
    });
    expect(options.webPreferences?.devTools).toBe(false);
    expect(windowOptions('windowed', true).webPreferences?.devTools).toBe(true);
  });

  it('allows dev tools only unpackaged and windowed', () => {
    expect(devToolsAllowed('windowed', false)).toBe(true);
    expect(devToolsAllowed('windowed', true)).toBe(false);
    expect(devToolsAllowed('kiosk', false)).toBe(false);
    expect(devToolsAllowed('kiosk', true)).toBe(false);
  });
});

describe('applyWindowMode', () => {
  function liveWindow() {
    return {
      setKiosk: vi.fn(),
      setFullScreen: vi.fn(),
      setMenuBarVisibility: vi.fn(),
      setAutoHideMenuBar: vi.fn(),
      setResizable: vi.fn(),
      setMinimizable: vi.fn(),
      setMaximizable: vi.fn(),
      setClosable: vi.fn(),
      setSize: vi.fn(),
      center: vi.fn(),
      focus: vi.fn(),
    };
  }

  it('switches the live window to kiosk mode', () => {
    const window = liveWindow();
    applyWindowMode(window, 'kiosk');
    expect(window.setKiosk).toHaveBeenCalledWith(true);
    expect(window.setFullScreen).toHaveBeenCalledWith(true);
    expect(window.setMenuBarVisibility).toHaveBeenCalledWith(false);
    expect(window.setResizable).toHaveBeenLastCalledWith(false);
    expect(window.setClosable).toHaveBeenCalledWith(false);
    expect(window.setSize).not.toHaveBeenCalled();
  });

  it('switches the live window to an ordinary 1280×800 window', () => {
    const window = liveWindow();
    applyWindowMode(window, 'windowed');
    expect(window.setKiosk).toHaveBeenCalledWith(false);
    expect(window.setFullScreen).toHaveBeenCalledWith(false);
    expect(window.setMenuBarVisibility).toHaveBeenCalledWith(false);
    expect(window.setSize).toHaveBeenCalledWith(1280, 800);
    expect(window.center).toHaveBeenCalled();
    expect(window.setResizable).toHaveBeenLastCalledWith(true);
    expect(window.setClosable).toHaveBeenCalledWith(true);
  });
});

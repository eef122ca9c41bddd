import { describe, expect, it, vi } from 'vitest';

import { hardenSession, hardenWebContents } from './security';
import { createOriginCheck, createStartPageCheck } from './trusted-origin';

type Listener = (...args: never[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (fn: Listener) => (handlers['request'] = fn),
    setPermissionCheckHandler: (fn: Listener) => (handlers['check'] = fn),
    setDevicePermissionHandler: (fn: Listener) => (handlers['device'] = fn),
    webRequest: {
      onBeforeRequest: (_filter: unknown, fn: Listener) => (handlers['beforeRequest'] = fn),
    },
    on: (event: string, fn: Listener) => (handlers[event] = fn),
  };
  return { session, handlers };
}

function fakeWebContents() {
  const listeners: Record<string, Listener> = {};
  let openHandler: Listener | undefined;
  const contents = {
    on: (name: string, fn: Listener) => (listeners[name] = fn),
    setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
  };
  return { contents, listeners, open: () => openHandler?.() };
}

const isTrusted = createOriginCheck(undefined);

describe('hardenSession', () => {
  const { session, handlers } = fakeSession();
  hardenSession(session as never, isTrusted);

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      (handlers['request'] as (...a: unknown[]) => void)(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect((handlers['check'] as () => boolean)()).toBe(false);
  });

  it('refuses every download: its Save-As dialog would be a file explorer', () => {
    const event = { preventDefault: vi.fn() };
    (handlers['will-download'] as (...a: unknown[]) => void)(event, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it.each([
    ['https://example.com/track.js', true],
    ['http://127.0.0.1:8080/', true],
    ['ws://localhost/socket', true],
    ['file:///etc/passwd', true],
    ['app://other/index.html', true],
    ['app://kiosk/index.html', false],
    ['app://kiosk/resources/deck.json', false],
    ['data:image/png;base64,AAAA', false],
  ])('request to %s cancelled: %s', (url, cancel) => {
    const callback = vi.fn();
    (handlers['beforeRequest'] as (...a: unknown[]) => void)({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel });
  });
});

describe('hardenWebContents', () => {
  const { contents, listeners, open } = fakeWebContents();
  hardenWebContents(contents as never, createStartPageCheck('app://kiosk/index.html'));
  const navigate = (url: string) => {
    const event = { preventDefault: vi.fn() };
    (listeners['will-navigate'] as (...a: unknown[]) => void)(event, url);
    const redirect = { preventDefault: vi.fn() };
    (listeners['will-redirect'] as (...a: unknown[]) => void)(redirect, url);
    const frameEvent = { preventDefault: vi.fn(), url, isMainFrame: true };
    (listeners['will-frame-navigate'] as (...a: unknown[]) => void)(frameEvent);
    return [event, redirect, frameEvent].map((e) => e.preventDefault.mock.calls.length > 0);
  };

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://elsewhere/x.html',
    'javascript:alert(1)',
    // Files of the app itself: an SVG opened as a page would hold the preload bridge.
    'app://kiosk/resources/illustrations/start.svg',
    'app://kiosk/resources/deck.json',
    'app://kiosk/locales/nl/common.json',
    'app://kiosk/out-of-order.html',
    'app://kiosk/',
    'app://kiosk/index.html?x=1',
    'app://kiosk/index.html/',
    'not a url',
  ])('blocks top-level navigation to %s', (url) => {
    expect(navigate(url)).toEqual([true, true, true]);
  });

  it.each(['app://kiosk/index.html', 'app://kiosk/index.html#/slide/2'])(
    'allows top-level navigation to the start page: %s',
    (url) => {
      expect(navigate(url)).toEqual([false, false, false]);
    },
  );

  it('blocks every navigation of a frame inside the page, even to the start page', () => {
    const event = { preventDefault: vi.fn(), url: 'app://kiosk/index.html', isMainFrame: false };
    (listeners['will-frame-navigate'] as (...a: unknown[]) => void)(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open and webviews', () => {
    expect(open()).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    (listeners['will-attach-webview'] as (...a: unknown[]) => void)(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('createStartPageCheck', () => {
  it('accepts the dev server start page in `electron-vite dev`, with its fragment', () => {
    const isStartPage = createStartPageCheck('http://localhost:5173');
    expect(isStartPage('http://localhost:5173/')).toBe(true);
    expect(isStartPage('http://localhost:5173/#/slide/4')).toBe(true);
    expect(isStartPage('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(isStartPage('app://kiosk/index.html')).toBe(false);
  });
});

describe('createOriginCheck', () => {
  it('trusts the dev server only when one is given', () => {
    expect(createOriginCheck(undefined)('http://localhost:5173/')).toBe(false);
    expect(createOriginCheck('http://localhost:5173')('http://localhost:5173/src/main.tsx')).toBe(
      true,
    );
    expect(createOriginCheck('http://localhost:5173')('http://localhost:5174/')).toBe(false);
    expect(createOriginCheck(undefined)('not a url')).toBe(false);
  });
});

import { describe, expect, it, vi } from 'vitest';

import { hardenSession, hardenWebContents } from './security';
import { createOriginCheck } from './trusted-origin';

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
  hardenWebContents(contents as never, isTrusted);

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://elsewhere/x.html',
    'javascript:alert(1)',
  ])('blocks navigation to %s', (url) => {
    const event = { preventDefault: vi.fn() };
    (listeners['will-navigate'] as (...a: unknown[]) => void)(event, url);
    expect(event.preventDefault).toHaveBeenCalled();
    const frameEvent = { preventDefault: vi.fn(), url };
    (listeners['will-frame-navigate'] as (...a: unknown[]) => void)(frameEvent);
    expect(frameEvent.preventDefault).toHaveBeenCalled();
  });

  it('allows navigation within the app', () => {
    const event = { preventDefault: vi.fn() };
    (listeners['will-navigate'] as (...a: unknown[]) => void)(
      event,
      'app://kiosk/index.html#/slide/2',
    );
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies window.open and webviews', () => {
    expect(open()).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    (listeners['will-attach-webview'] as (...a: unknown[]) => void)(event);
    expect(event.preventDefault).toHaveBeenCalled();
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

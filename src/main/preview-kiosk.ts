// The preview server's stand-in for the Electron bridge: a browser has no window.kiosk, so
// the renderer asks for its settings, checks the staff PIN and takes staff actions over HTTP,
// against the same settings store, PIN check, lockout and staff session as the app.
//   GET  /__kiosk/settings.json     → KioskSettings
//   POST /__kiosk/unlock             {"pin": "123456"} → UnlockResult
//   GET  /__kiosk/diagnostics.json  → Diagnostics (open staff session only)
//   POST /__kiosk/action             {"action": "presenter-on"} | {"defaultLanguage": "en"}
//                                    → {"ok": true, "settings": KioskSettings} (staff session only)
//   POST /__kiosk/patient            {"state": "active" | "idle"}

import type { IncomingMessage, ServerResponse } from 'node:http';

import { STAFF_ACTIONS, type StaffAction } from '../shared/ipc';
import { errorHeaders } from './http-headers';
import type { KioskSetup } from './kiosk-setup';
import { createPatientSession, type PatientSession } from './patient-session';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { createStaffSession, type StaffSession } from './staff-session';
import { createStaffUnlock, type StaffUnlock } from './staff-unlock';
import { systemTimers, type Timers } from './timers';

export const KIOSK_PREFIX = '/__kiosk/';
export const MAX_UNLOCK_BODY_BYTES = 1024;

export type PreviewKiosk = {
  setup: KioskSetup;
  store: SettingsStore;
  unlock: StaffUnlock;
  session: StaffSession;
  patient: PatientSession;
};

export function createPreviewKiosk(setup: KioskSetup, timers: Timers = systemTimers): PreviewKiosk {
  // A browser prints through its own dialog: a configured printer counts as there.
  const store = createSettingsStore(setup.config, setup.errors, {
    printerReady: setup.config.printer !== null,
  });
  const session = createStaffSession({
    timers,
    onEnd: () => {
      if (store.runtime().mode !== setup.config.mode) store.update({ mode: setup.config.mode });
    },
  });
  return {
    setup,
    store,
    unlock: createStaffUnlock({ staffPin: setup.config.staffPin, now: timers.now }),
    session,
    patient: createPatientSession(() => session.close()),
  };
}

export function isKioskTarget(rawTarget: string): boolean {
  return rawTarget.startsWith(KIOSK_PREFIX);
}

type Reply = { status: number; headers: Record<string, string>; body: string | null };

function jsonReply(value: unknown, method: string): Reply {
  const body = JSON.stringify(value);
  return {
    status: 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'",
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    },
    body: method === 'HEAD' ? null : body,
  };
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
};

function errorReply(status: number, detail?: string, allow?: string): Reply {
  const headers = errorHeaders();
  if (allow !== undefined) headers['Allow'] = allow;
  const text = `${status} ${STATUS_TEXT[status] ?? 'Error'}${detail ? `: ${detail}` : ''}\n`;
  return { status, headers, body: text };
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The string at `key` of a JSON object body, or null. */
function stringField(body: string, key: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !(key in parsed)) return null;
    const value = (parsed as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

function staffAction(kiosk: PreviewKiosk, body: string): boolean {
  const { store, session } = kiosk;
  if (!session.isOpen()) return false;
  const language = stringField(body, 'defaultLanguage');
  if (language !== null) {
    if (!store.config.languages.includes(language)) return false;
    store.update({ defaultLanguage: language });
    return true;
  }
  const action = stringField(body, 'action');
  if (!(STAFF_ACTIONS as readonly (string | null)[]).includes(action)) return false;
  const apply: Record<StaffAction, () => boolean> = {
    // A browser tab cannot quit the app; the renderer reloads itself.
    exit: () => false,
    reload: () => {
      session.close();
      return true;
    },
    'toggle-mode': () => {
      store.update({ mode: store.runtime().mode === 'kiosk' ? 'windowed' : 'kiosk' });
      return true;
    },
    'presenter-on': () => (store.update({ presenterMode: true }), true),
    'presenter-off': () => (store.update({ presenterMode: false }), true),
    // A browser preview has one window per tab: there is nothing to swap.
    'swap-screens': () => false,
  };
  return apply[action as StaffAction]();
}

function previewDiagnostics(kiosk: PreviewKiosk) {
  return {
    version: 'preview',
    contentVersion: 'preview',
    uptimeSeconds: Math.round(process.uptime()),
    memoryMB: Math.round(process.memoryUsage().rss / 1e6),
    configPath: kiosk.setup.configPath ?? '(none, defaults)',
    configErrors: kiosk.store.problems(),
    logTail: [],
  };
}

// A page of another origin in the same browser may POST here; its Origin header gives it away.
function isForeignOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return false;
  return origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`;
}

const POST_ROUTES: Record<string, (kiosk: PreviewKiosk, body: string, method: string) => Reply> = {
  [`${KIOSK_PREFIX}unlock`]: (kiosk, body, method) => {
    const pin = stringField(body, 'pin');
    if (pin === null) return errorReply(400, 'expected a JSON body like {"pin": "123456"}');
    const result = kiosk.unlock.attempt(pin);
    if (!result.ok) return jsonReply(result, method);
    kiosk.session.open();
    return jsonReply({ ok: true, sessionSeconds: kiosk.session.durationMs / 1000 }, method);
  },
  [`${KIOSK_PREFIX}action`]: (kiosk, body, method) =>
    jsonReply({ ok: staffAction(kiosk, body), settings: kiosk.store.settings() }, method),
  [`${KIOSK_PREFIX}patient`]: (kiosk, body, method) => {
    const state = stringField(body, 'state');
    if (state !== 'active' && state !== 'idle')
      return errorReply(400, 'expected {"state": "idle"}');
    kiosk.patient.report(state);
    return jsonReply({ ok: true }, method);
  },
};

async function route(req: IncomingMessage, kiosk: PreviewKiosk, port: number): Promise<Reply> {
  const method = req.method ?? 'GET';
  const path = (req.url ?? '').split(/[?#]/, 1)[0];
  if (path === `${KIOSK_PREFIX}settings.json`) {
    if (method !== 'GET' && method !== 'HEAD') return errorReply(405, undefined, 'GET, HEAD');
    return jsonReply(kiosk.store.settings(), method);
  }
  if (path === `${KIOSK_PREFIX}diagnostics.json`) {
    if (method !== 'GET' && method !== 'HEAD') return errorReply(405, undefined, 'GET, HEAD');
    if (!kiosk.session.isOpen()) return errorReply(403, 'staff only');
    return jsonReply(previewDiagnostics(kiosk), method);
  }
  const post = POST_ROUTES[path ?? ''];
  if (post === undefined) return errorReply(404);
  if (method !== 'POST') return errorReply(405, undefined, 'POST');
  if (isForeignOrigin(req.headers.origin, port)) return errorReply(403, 'foreign origin');
  let body: string;
  try {
    body = await readBody(req, MAX_UNLOCK_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge)
      return errorReply(413, `at most ${MAX_UNLOCK_BODY_BYTES} bytes`);
    throw error;
  }
  return post(kiosk, body, method);
}

/** Answers a request whose target starts with /__kiosk/. */
export async function answerKioskRequest(
  req: IncomingMessage,
  res: ServerResponse,
  kiosk: PreviewKiosk,
): Promise<void> {
  const reply = await route(req, kiosk, req.socket.localPort ?? 0);
  // Stop reading a body we will not use; a client still sending gets the answer and a close.
  if (!req.complete) reply.headers['Connection'] = 'close';
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body ?? undefined);
}

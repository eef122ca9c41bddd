// The preview server's HTTP adapter over the kiosk's one service (src/node/kiosk/): a browser
// has no window.kiosk, so the renderer asks for its settings, checks the staff PIN and takes
// staff actions over HTTP, answered by the same handlers the app's IPC answers with.
//   GET  /__kiosk/settings.json     → KioskSettings
//   POST /__kiosk/unlock             {"pin": "123456"} → UnlockResult
//   GET  /__kiosk/diagnostics.json  → Diagnostics (open staff session only)
//   POST /__kiosk/action             {"action": "presenter-on"} | {"defaultLanguage": "en"}
//                                    → {"ok": true, "settings": KioskSettings} (staff session only)
//   POST /__kiosk/patient            {"state": "active" | "idle"}

import type { IncomingMessage, ServerResponse } from 'node:http';

import type { KioskSetup } from '../node/config/kiosk-setup';
import { availableLanguages } from '../node/config/languages';
import { createSettingsStore, type SettingsStore } from '../node/config/settings-store';
import { collectDiagnostics, readContentVersion } from '../node/kiosk/diagnostics';
import {
  createKioskService,
  type KioskService,
  undoSessionChanges,
} from '../node/kiosk/kiosk-service';
import { createPatientSession, type PatientSession } from '../node/kiosk/patient-session';
import { createPrintAllowance } from '../node/kiosk/print-allowance';
import { createStaffSession, type StaffSession } from '../node/kiosk/staff-session';
import { createStaffUnlock, type StaffUnlock } from '../node/kiosk/staff-unlock';
import { formatLine, type LogFields } from '../node/rotating-log';
import { errorHeaders } from '../node/serving/http-headers';
import type { ServedRoots } from '../node/serving/serve-file';
import { systemTimers, type Timers } from '../node/timers';
import { STAFF_ACTIONS, type StaffAction } from '../shared/ipc';

export const KIOSK_PREFIX = '/__kiosk/';
export const MAX_UNLOCK_BODY_BYTES = 1024;

export type PreviewKiosk = {
  setup: KioskSetup;
  store: SettingsStore;
  unlock: StaffUnlock;
  session: StaffSession;
  patient: PatientSession;
  service: KioskService;
};

const LOG_TAIL_KEPT = 50;

// The preview logs like the app, to its standard output (the app writes a rotating file).
function previewLog(now: () => Date) {
  const kept: string[] = [];
  const write = (level: 'INFO' | 'WARN', message: string, fields?: LogFields): void => {
    const line = formatLine(now(), level, message, fields);
    kept.push(line.trimEnd());
    if (kept.length > LOG_TAIL_KEPT) kept.shift();
    process.stdout.write(line);
  };
  return {
    info: (message: string, fields?: LogFields) => write('INFO', message, fields),
    warn: (message: string, fields?: LogFields) => write('WARN', message, fields),
    tail: (lines: number) => kept.slice(-lines),
  };
}

export function createPreviewKiosk(
  setup: KioskSetup,
  timers: Timers = systemTimers,
  roots?: Pick<ServedRoots, 'locales' | 'resources'>,
): PreviewKiosk {
  const { config } = setup;
  // A browser prints through its own dialog: a configured printer counts as there.
  const store = createSettingsStore(config, setup.errors, {
    printerReady: config.printer !== null,
  });
  // A browser tab cannot quit, and has one window: no exit, no swap. It reloads itself.
  const controls = { reload: () => undefined, setMode: () => undefined };
  const session = createStaffSession({
    timers,
    onEnd: () => undoSessionChanges(store, controls),
  });
  const unlock = createStaffUnlock({ staffPin: config.staffPin, now: timers.now });
  const allowance = createPrintAllowance(
    { perSession: config.printsPerSession, perHour: config.printsPerHour },
    timers.now,
  );
  const patient = createPatientSession(() => {
    session.close();
    allowance.newPatientSession();
  });
  const log = previewLog(() => new Date());
  const service = createKioskService({
    appInfo: () => ({
      name: 'physio-kiosk',
      version: 'preview',
      languages: roots === undefined ? [...config.languages] : availableLanguages(roots.locales),
      electron: '',
    }),
    store,
    unlock,
    session,
    patient,
    controls,
    diagnostics: () =>
      collectDiagnostics({
        version: 'preview',
        contentVersion: () =>
          roots === undefined ? 'unknown' : readContentVersion(roots.resources),
        uptimeSeconds: () => process.uptime(),
        rssBytes: () => process.memoryUsage().rss,
        configPath: setup.configPath ?? '(none, defaults)',
        configErrors: store.problems(),
        logTail: log.tail,
      }),
    allowance,
    // The browser's own print dialog prints the handout; nothing goes through here.
    print: () => Promise.resolve(false),
    log,
    // Two tabs of a presentation pair over a BroadcastChannel, not through the server.
    relay: { relay: () => false },
  });
  return { setup, store, unlock, session, patient, service };
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

function isStaffAction(value: string | null): value is StaffAction {
  return (STAFF_ACTIONS as readonly (string | null)[]).includes(value);
}

function staffAction({ service }: PreviewKiosk, body: string): boolean {
  const language = stringField(body, 'defaultLanguage');
  if (language !== null) return service.setDefaultLanguage(language).ok;
  const action = stringField(body, 'action');
  return isStaffAction(action) && service.staffAction(action).ok;
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
    return jsonReply(kiosk.service.unlockStaff(pin), method);
  },
  [`${KIOSK_PREFIX}action`]: (kiosk, body, method) =>
    jsonReply({ ok: staffAction(kiosk, body), settings: kiosk.service.kioskSettings() }, method),
  [`${KIOSK_PREFIX}patient`]: (kiosk, body, method) => {
    const state = stringField(body, 'state');
    if (state !== 'active' && state !== 'idle')
      return errorReply(400, 'expected {"state": "idle"}');
    kiosk.service.reportPatientSession(state);
    return jsonReply({ ok: true }, method);
  },
};

async function route(req: IncomingMessage, kiosk: PreviewKiosk, port: number): Promise<Reply> {
  const method = req.method ?? 'GET';
  const path = (req.url ?? '').split(/[?#]/, 1)[0];
  if (path === `${KIOSK_PREFIX}settings.json`) {
    if (method !== 'GET' && method !== 'HEAD') return errorReply(405, undefined, 'GET, HEAD');
    return jsonReply(kiosk.service.kioskSettings(), method);
  }
  if (path === `${KIOSK_PREFIX}diagnostics.json`) {
    if (method !== 'GET' && method !== 'HEAD') return errorReply(405, undefined, 'GET, HEAD');
    const diagnostics = kiosk.service.diagnostics();
    if (diagnostics === null) return errorReply(403, 'staff only');
    return jsonReply(diagnostics, method);
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

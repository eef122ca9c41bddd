// The preview server's stand-in for the Electron bridge: a browser has no window.kiosk, so
// the renderer asks for its settings and checks the staff PIN over HTTP instead.
//   GET  /__kiosk/settings.json  → KioskSettings
//   POST /__kiosk/unlock          {"pin": "1234"} → UnlockResult (same PIN check and lockout)

import type { IncomingMessage, ServerResponse } from 'node:http';

import { errorHeaders } from './http-headers';
import type { KioskSetup } from './kiosk-setup';
import { createStaffUnlock, type StaffUnlock } from './staff-unlock';

export const KIOSK_PREFIX = '/__kiosk/';
export const MAX_UNLOCK_BODY_BYTES = 1024;

export type PreviewKiosk = {
  setup: KioskSetup;
  unlock: StaffUnlock;
};

export function createPreviewKiosk(setup: KioskSetup, now?: () => number): PreviewKiosk {
  return { setup, unlock: createStaffUnlock({ staffPin: setup.config.staffPin, now }) };
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

function pinFrom(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('pin' in parsed)) return null;
    return typeof parsed.pin === 'string' ? parsed.pin : null;
  } catch {
    return null;
  }
}

// A page of another origin in the same browser may POST here; its Origin header gives it away.
function isForeignOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return false;
  return origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`;
}

async function route(req: IncomingMessage, kiosk: PreviewKiosk, port: number): Promise<Reply> {
  const method = req.method ?? 'GET';
  const path = (req.url ?? '').split(/[?#]/, 1)[0];
  if (path === `${KIOSK_PREFIX}settings.json`) {
    if (method !== 'GET' && method !== 'HEAD') return errorReply(405, undefined, 'GET, HEAD');
    return jsonReply(kiosk.setup.settings, method);
  }
  if (path === `${KIOSK_PREFIX}unlock`) {
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
    const pin = pinFrom(body);
    if (pin === null) return errorReply(400, 'expected a JSON body like {"pin": "1234"}');
    return jsonReply(kiosk.unlock.attempt(pin), method);
  }
  return errorReply(404);
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

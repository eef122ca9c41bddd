// A loopback HTTP server that answers exactly as the app:// scheme does, so the UI can be
// opened in an ordinary browser for tests and for machines without a display.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { loadKioskSetup } from '../node/config/kiosk-setup';
import { errorHeaders } from '../node/serving/http-headers';
import { serveRequest, type ServedRoots } from '../node/serving/serve-file';
import {
  answerKioskRequest,
  createPreviewKiosk,
  isKioskTarget,
  type PreviewKiosk,
} from './preview-kiosk';

const LOOPBACK = '127.0.0.1';

// Only our own host names: a page elsewhere that rebinds its DNS name to 127.0.0.1 must not
// be able to read the app through the victim's browser.
function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `${LOOPBACK}:${port}` || hostHeader === `localhost:${port}`;
}

function refuse(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, errorHeaders());
  res.end(`${status} ${text}\n`);
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  roots: ServedRoots,
  kiosk: PreviewKiosk,
): Promise<void> {
  const port = req.socket.localPort ?? 0;
  if (!isOwnHost(req.headers.host, port)) return refuse(res, 421, 'Misdirected Request');
  if (isKioskTarget(req.url ?? '')) return answerKioskRequest(req, res, kiosk);
  const served = await serveRequest(req.url ?? '', roots, req.method, {
    pageLanguage: kiosk.store.runtime().defaultLanguage,
  });
  res.writeHead(served.status, served.headers);
  res.end(served.body ?? undefined);
}

export type PreviewServerOptions = {
  /** The kiosk settings and PIN check; by default the config defaults, with no staff PIN. */
  kiosk?: PreviewKiosk;
};

export function createPreviewServer(
  roots: ServedRoots,
  options: PreviewServerOptions = {},
): Server {
  const kiosk =
    options.kiosk ?? createPreviewKiosk(loadKioskSetup(undefined, roots.locales), undefined, roots);
  return createServer((req, res) => {
    answer(req, res, roots, kiosk).catch(() => {
      if (!res.headersSent) refuse(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
}

export async function listenOnLoopback(server: Server, port: number): Promise<string> {
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  return `http://${LOOPBACK}:${address.port}/`;
}

export function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}

/** The config file for the preview: KIOSK_CONFIG if set, else none (the defaults). */
export function configPathFromEnv(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

// Answers one request from the served roots: resolves the target, refuses anything that
// would leave its root (symlinks included), and reads the file.

import { readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

import { errorHeaders, type Freshness, responseHeaders } from './http-headers';
import { fillOutOfOrderPage, OUT_OF_ORDER_FILE } from './out-of-order-page';
import { resolveRequestPath, type RootName } from './resolve-path';
import { START_PAGE_FILE, stampPageLanguage } from './start-page-language';

export type ServedRoots = Readonly<Record<RootName, string>>;

export interface ServedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
};

function errorResponse(status: number): ServedResponse {
  const headers = errorHeaders();
  if (status === 405) headers['Allow'] = 'GET, HEAD';
  return { status, headers, body: Buffer.from(`${status} ${STATUS_TEXT[status] ?? 'Error'}\n`) };
}

async function fileInsideRoot(root: string, segments: string[]): Promise<string | number> {
  try {
    const realRoot = await realpath(root);
    const realFile = await realpath(join(realRoot, ...segments));
    if (!realFile.startsWith(realRoot + sep)) return 403;
    return (await stat(realFile)).isFile() ? realFile : 404;
  } catch {
    return 404;
  }
}

function freshnessOf({ root, segments }: { root: RootName; segments: string[] }): Freshness {
  if (root !== 'renderer') return 'for-an-hour';
  return segments[0] === 'assets' ? 'forever' : 'check-always';
}

export interface ServeOptions {
  /** The configured default language, stamped into the start page. */
  pageLanguage?: string;
}

export async function serveRequest(
  rawTarget: string,
  roots: ServedRoots,
  method = 'GET',
  options: ServeOptions = {},
): Promise<ServedResponse> {
  if (method !== 'GET' && method !== 'HEAD') return errorResponse(405);
  const resolution = resolveRequestPath(rawTarget);
  if (!resolution.ok) return errorResponse(resolution.status);
  const file = await fileInsideRoot(roots[resolution.root], resolution.segments);
  if (typeof file === 'number') return errorResponse(file);
  try {
    let body = await readFile(file);
    const rendererFile = resolution.root === 'renderer' ? resolution.segments.join('/') : null;
    if (rendererFile === OUT_OF_ORDER_FILE) {
      body = Buffer.from(await fillOutOfOrderPage(body.toString('utf8'), roots.locales, rawTarget));
    }
    if (rendererFile === START_PAGE_FILE) {
      body = Buffer.from(stampPageLanguage(body.toString('utf8'), options.pageLanguage));
    }
    const headers = responseHeaders(resolution.contentType, freshnessOf(resolution));
    headers['Content-Length'] = String(body.length);
    return { status: 200, headers, body: method === 'HEAD' ? null : body };
  } catch {
    return errorResponse(404);
  }
}

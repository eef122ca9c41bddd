// Maps a raw request target (as it arrives on the wire) to a file inside one of the three
// served roots. Pure: no file system, so it can be tested against any hostile input.

export type RootName = 'renderer' | 'locales' | 'resources';

export type Resolution =
  | { ok: true; root: RootName; segments: string[]; contentType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  txt: 'text/plain; charset=utf-8',
};

const MAX_TARGET_LENGTH = 1024;
// Every file we ship has a name of these characters, so nothing legitimate needs escaping;
// refusing '%' outright closes every encoded-dot, encoded-slash and double-encoding trick.
const SAFE_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
// Names Windows maps to devices whatever their extension.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

const fail = (status: 400 | 403 | 404, reason: string): Resolution => ({
  ok: false,
  status,
  reason,
});

export function contentTypeFor(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : CONTENT_TYPES[fileName.slice(dot + 1).toLowerCase()];
}

function pathOf(rawTarget: string): string {
  const end = rawTarget.search(/[?#]/);
  return end < 0 ? rawTarget : rawTarget.slice(0, end);
}

function rootOf(first: string | undefined): RootName {
  if (first === 'locales') return 'locales';
  if (first === 'resources') return 'resources';
  return 'renderer';
}

export function resolveRequestPath(rawTarget: string): Resolution {
  if (rawTarget.length > MAX_TARGET_LENGTH) return fail(400, 'request target too long');
  const path = pathOf(rawTarget);
  if (!path.startsWith('/')) return fail(400, 'request target is not an origin-relative path');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\%]/.test(path)) return fail(400, 'escaped or control characters');

  const segments = path === '/' ? ['index.html'] : path.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '') return fail(404, 'empty path segment');
    if (segment === '.' || segment === '..') return fail(403, 'dot segment');
    if (segment.startsWith('.')) return fail(403, 'hidden file');
    if (!SAFE_SEGMENT.test(segment) || segment.endsWith('.')) return fail(404, 'unsafe file name');
    if (WINDOWS_DEVICE.test(segment)) return fail(404, 'device name');
  }

  const root = rootOf(segments[0]);
  const inRoot = root === 'renderer' ? segments : segments.slice(1);
  const fileName = inRoot[inRoot.length - 1];
  if (fileName === undefined) return fail(404, 'directory');
  const contentType = contentTypeFor(fileName);
  if (!contentType) return fail(404, 'unknown file type');
  return { ok: true, root, segments: inRoot, contentType };
}

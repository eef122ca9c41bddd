// Response headers shared by the app:// scheme and the loopback preview server.

// No remote source of any kind, no inline script, no eval; styles only from our own files
// (React sets style properties through the CSSOM, which style-src does not govern).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// Any other file opened as a page (an SVG with a script in it, say) gets the same policy, and a
// sandbox: no script runs there and it has no origin from which to reach the app. The policy of a
// font, image or script response does not apply where the page uses it as such.
const NON_HTML_POLICY = `${CONTENT_SECURITY_POLICY}; sandbox`;

/** How long a page may keep a response before asking again. */
export type Freshness = 'check-always' | 'for-an-hour' | 'forever';

// Pages are always checked. The build's content-hashed files never change under their name. The
// illustrations and words change only with an update of the app (which restarts it), so a page
// keeps them for an hour: a slide change then reuses its neighbour's illustration instead of
// fetching and parsing it again, which cost ~7 ms of the main thread at every change.
const CACHE_CONTROL: Readonly<Record<Freshness, string>> = {
  'check-always': 'no-cache',
  'for-an-hour': 'max-age=3600',
  forever: 'max-age=31536000, immutable',
};

export function responseHeaders(
  contentType: string,
  freshness: Freshness = 'check-always',
): Record<string, string> {
  const html = contentType.startsWith('text/html');
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Content-Security-Policy': html ? CONTENT_SECURITY_POLICY : NON_HTML_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': CACHE_CONTROL[html ? 'check-always' : freshness],
  };
  if (html) {
    headers['Cross-Origin-Opener-Policy'] = 'same-origin';
    headers['X-Frame-Options'] = 'DENY';
  }
  return headers;
}

export function errorHeaders(): Record<string, string> {
  return {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'",
    'Cache-Control': 'no-store',
  };
}

// The app:// scheme: registered as privileged before `ready`, answered from the served roots.

import { protocol, type Session } from 'electron';

import { errorHeaders } from '../node/serving/http-headers';
import { serveRequest, type ServedRoots } from '../node/serving/serve-file';
import { APP_HOST, APP_SCHEME } from '../shared/app-origin';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export async function answerAppRequest(
  request: Request,
  roots: ServedRoots,
  pageLanguage?: () => string,
): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) {
    return new Response('404 Not Found\n', { status: 404, headers: errorHeaders() });
  }
  const served = await serveRequest(url.pathname + url.search, roots, request.method, {
    pageLanguage: pageLanguage?.(),
  });
  return new Response(served.body === null ? null : new Uint8Array(served.body), {
    status: served.status,
    headers: served.headers,
  });
}

/** `pageLanguage`: the configured default language at the time of each request. */
export function handleAppScheme(
  session: Session,
  roots: ServedRoots,
  pageLanguage: () => string,
): void {
  session.protocol.handle(APP_SCHEME, (request) => answerAppRequest(request, roots, pageLanguage));
}

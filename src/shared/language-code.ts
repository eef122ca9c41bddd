// What a language code looks like, for every place that checks one: the config file, the
// folders under locales/, presentation messages, IPC payloads and the start page's <html lang>.
// A leaf: it imports nothing, so anything may import it.

/** "nl", "en", "pap", "pt-BR": a folder name under locales/ and a BCP 47 tag at once. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

export function isLanguageCode(value: unknown): value is string {
  return typeof value === 'string' && LANGUAGE_CODE.test(value);
}

// Pronunciation fixes a content editor writes without code: locales/<lng>/speech/overrides.json
// maps "namespace:key" to what the voice says instead of the screen text. Kept out of the
// translation namespaces on purpose: an override exists for one language only, and its words
// are not shown, so the key parity and screen-text checks do not apply to it.

const files = import.meta.glob<Record<string, string>>('@locales/*/speech/overrides.json', {
  eager: true,
  import: 'default',
});

const byLanguage = new Map(
  Object.entries(files).flatMap(([path, overrides]) => {
    const language = /\/locales\/([^/]+)\/speech\//.exec(path)?.[1];
    return language ? [[language, overrides] as const] : [];
  }),
);

export function speechOverride(language: string, id: string): string | undefined {
  const overrides = byLanguage.get(language);
  return overrides && Object.hasOwn(overrides, id) ? overrides[id] : undefined;
}

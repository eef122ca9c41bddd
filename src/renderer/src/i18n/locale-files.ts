// The translation files under locales/, bundled at build time (no HTTP backend offline). The
// chooser's own words travel with the chooser's chunk (chooser/chooser-words.ts), which loads when
// it first opens, so the start carries only the words its screens use.

import type { Resource } from 'i18next';

const files = import.meta.glob<Record<string, unknown>>(
  ['@locales/*/*.json', '!@locales/*/chooser.json'],
  { eager: true, import: 'default' },
);

/** `{ language: { namespace: words } }` from paths ending in `/locales/<language>/<namespace>.json`. */
export function resourcesFrom(found: Record<string, Record<string, unknown>>): Resource {
  const resources: Resource = {};
  for (const [path, content] of Object.entries(found)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    const language = (resources[match[1]] ??= {});
    language[match[2]] = content;
  }
  return resources;
}

export function bundledResources(): Resource {
  return resourcesFrom(files);
}

// Every colour in the renderer's stylesheets (src/renderer/src) comes from the palette in theme.css,
// and every custom property they read is defined somewhere it applies.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { describe, expect, it } from 'vitest';

const RENDERER = join(__dirname, '../../src/renderer/src');
const HEX = /#[0-9a-f]{3,8}\b/gi;
const USED = /var\(\s*(--[\w-]+)/g;
const DEFINED = /(--[\w-]+)\s*:/g;

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const read = (path: string) => readFileSync(path, 'utf8');
const defined = (css: string) => new Set([...css.matchAll(DEFINED)].map((match) => match[1]));
const name = (path: string) => relative(RENDERER, path);

const THEME = join(RENDERER, 'theme.css');
// The stage sets --text-scale (shell.css gives its default; Stage.tsx the chosen size) for all screens.
const SHARED = new Set([
  ...defined(read(THEME)),
  ...defined(read(join(RENDERER, 'shell/shell.css'))),
]);
const FILES = stylesheets(RENDERER).filter((path) => path !== THEME);
// Every chooser screen's root (.chooser, in chooser/base.css) sets --fit and --size for the
// chooser's other stylesheets.
const CHOOSER = join(RENDERER, 'chooser');
const CHOOSER_SHARED = defined(read(join(CHOOSER, 'base.css')));
const sharedWith = (path: string) =>
  path.startsWith(CHOOSER + sep) ? CHOOSER_SHARED : new Set<string>();

describe('renderer stylesheets', () => {
  it('finds the stylesheets', () => {
    expect(FILES.map(name)).toEqual(
      expect.arrayContaining([
        'styles.css',
        'chooser/base.css',
        'chooser/step-frame.css',
        'chooser/steps.css',
        'chooser/result.css',
        'chooser/chooser-print.css',
      ]),
    );
  });

  it.each(FILES.map((path) => [name(path), path]))('%s has no raw hex colour', (_, path) => {
    const found = read(path)
      .split('\n')
      .flatMap((line, i) =>
        [...line.replace(/url\([^)]*\)/g, '').matchAll(HEX)].map(
          (match) => `${name(path)}:${i + 1}: ${match[0]} (use a variable from theme.css)`,
        ),
      );
    expect(found).toEqual([]);
  });

  it.each(FILES.map((path) => [name(path), path]))('%s reads only defined variables', (_, path) => {
    const css = read(path);
    const own = defined(css);
    const shared = sharedWith(path);
    const undefinedVars = css.split('\n').flatMap((line, i) =>
      [...line.matchAll(USED)]
        .map((match) => match[1])
        .filter((variable) => !SHARED.has(variable) && !own.has(variable) && !shared.has(variable))
        .map((variable) => `${name(path)}:${i + 1}: var(${variable}) is defined nowhere`),
    );
    expect(undefinedVars).toEqual([]);
  });
});

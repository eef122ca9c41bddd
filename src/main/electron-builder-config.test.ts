// Guards the packaging config: the Electron fuses of the security checklist must not change
// unnoticed. The YAML is read line by line (no YAML parser is a dependency of this project);
// the parser below accepts only the simple block style the file uses, and fails on anything
// else rather than guess.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

type Scalar = string | boolean | number;
type Node = Scalar | Node[] | { [key: string]: Node };

type Line = { indent: number; text: string; number: number };

function significantLines(yaml: string): Line[] {
  return yaml.split(/\r?\n/).flatMap((raw, index) => {
    const text = raw.replace(/\s+#.*$/, '').replace(/^#.*$/, '');
    if (text.trim() === '') return [];
    if (/\t/.test(raw.slice(0, raw.length - raw.trimStart().length))) {
      throw new Error(`line ${index + 1}: tab indentation`);
    }
    return [{ indent: raw.length - raw.trimStart().length, text: text.trim(), number: index + 1 }];
  });
}

function scalar(text: string): Scalar {
  if (/^[{[&*|>!%@`]/.test(text)) throw new Error(`unsupported YAML: ${text}`);
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const quoted = /^(['"])(.*)\1$/.exec(text);
  return quoted ? (quoted[2] ?? '') : text;
}

function parseBlock(lines: Line[], start: number, indent: number): [Node, number] {
  const first = lines[start];
  if (first === undefined || first.indent !== indent) throw new Error('empty block');
  if (first.text.startsWith('- ')) {
    const list: Node[] = [];
    let index = start;
    for (let line = lines[index]; line && line.indent === indent; line = lines[index]) {
      if (!line.text.startsWith('- ')) throw new Error(`line ${line.number}: expected "- "`);
      list.push(scalar(line.text.slice(2).trim()));
      index += 1;
    }
    return [list, index];
  }
  const map: { [key: string]: Node } = {};
  let index = start;
  for (let line = lines[index]; line && line.indent === indent; line = lines[index]) {
    const match = /^([A-Za-z][\w-]*):(?:\s+(.*))?$/.exec(line.text);
    if (!match?.[1]) throw new Error(`line ${line.number}: expected "key: value"`);
    const key = match[1];
    if (Object.hasOwn(map, key)) throw new Error(`line ${line.number}: duplicate key ${key}`);
    index += 1;
    if (match[2] !== undefined && match[2] !== '') {
      map[key] = scalar(match[2]);
      continue;
    }
    const next = lines[index];
    if (next === undefined || next.indent <= indent) throw new Error(`line ${line.number}: empty`);
    const [child, after] = parseBlock(lines, index, next.indent);
    map[key] = child;
    index = after;
  }
  const stray = lines[index];
  if (stray && stray.indent > indent) throw new Error(`line ${stray.number}: bad indentation`);
  return [map, index];
}

function parseSimpleYaml(yaml: string): Node {
  const lines = significantLines(yaml);
  const [root, end] = parseBlock(lines, 0, 0);
  if (end !== lines.length) throw new Error(`line ${lines[end]?.number}: unexpected`);
  return root;
}

const config = parseSimpleYaml(readFileSync(resolve('electron-builder.yml'), 'utf8')) as Record<
  string,
  Node
>;

describe('electron-builder.yml', () => {
  it('sets every Electron fuse of the security checklist, and only those', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an ASAR archive (the integrity fuses need it)', () => {
    expect(config['asar']).toBe(true);
  });

  it('names the app', () => {
    expect(config['appId']).toBe('nl.physio-kiosk.app');
    expect(config['productName']).toBe('physio-kiosk');
  });

  it('ships the build, the translations, the content and package.json, and nothing else', () => {
    expect(config['files']).toEqual(['out/**', 'locales/**', 'resources/**', 'package.json']);
  });

  it('builds deb and AppImage for Linux and NSIS for Windows', () => {
    expect((config['linux'] as Record<string, Node>)['target']).toEqual(['deb', 'AppImage']);
    expect((config['win'] as Record<string, Node>)['target']).toEqual(['nsis']);
  });
});

describe('parseSimpleYaml (the guard must not pass by misreading)', () => {
  it('reads nested maps, lists, booleans, numbers and comments', () => {
    expect(
      parseSimpleYaml('a: 1\nb:\n  c: true # note\n  d: "x"\ne:\n  - f\n  - g\n# end\n'),
    ).toEqual({ a: 1, b: { c: true, d: 'x' }, e: ['f', 'g'] });
  });

  it.each([
    ['a duplicate key, which YAML would resolve to the last value', 'a:\n  x: false\n  x: true\n'],
    ['a flow mapping', 'a: {x: true}\n'],
    ['a flow list', 'a: [x, y]\n'],
    ['an alias', 'a: *fuses\n'],
    ['a list and a map mixed', 'b:\n  - c\n  d: 1\n'],
    ['stray indentation', 'a: 1\n    b: 2\n'],
    ['tabs', 'a:\n\tb: 1\n'],
  ])('rejects %s', (_name, yaml) => {
    expect(() => parseSimpleYaml(yaml)).toThrow();
  });
});

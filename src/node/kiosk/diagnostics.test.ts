import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { collectDiagnostics, LOG_TAIL_LINES, readContentVersion } from './diagnostics';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function resourcesWithDeck(content: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'diagnostics-'));
  dirs.push(dir);
  if (content !== null) writeFileSync(join(dir, 'deck.json'), content);
  return dir;
}

describe('readContentVersion', () => {
  it('reads the version of the shipped deck', () => {
    expect(readContentVersion(resolve('resources'))).not.toBe('unknown');
  });

  it.each([
    ['{"version": 3, "slides": []}', '3'],
    ['{"version": "2025.06-b"}', '2025.06-b'],
    ['{"slides": []}', 'unknown'],
    ['{"version": null}', 'unknown'],
    ['{"version": ""}', 'unknown'],
    ['[1, 2]', 'unknown'],
    ['not json', 'unknown'],
  ])('%s → %s', (content, expected) => {
    expect(readContentVersion(resourcesWithDeck(content))).toBe(expected);
  });

  it('says unknown when there is no deck', () => {
    expect(readContentVersion(resourcesWithDeck(null))).toBe('unknown');
  });
});

describe('collectDiagnostics', () => {
  it('rounds uptime and memory and asks for the last 20 log lines', () => {
    const logTail = vi.fn(() => ['line 1', 'line 2']);
    const problems = [{ field: 'mode', message: 'mode: must be …' }];
    expect(
      collectDiagnostics({
        version: '0.1.0',
        contentVersion: () => '1',
        uptimeSeconds: () => 3661.9,
        rssBytes: () => 150.6 * 1024 * 1024,
        configPath: '/etc/kiosk.json',
        configErrors: problems,
        logTail,
      }),
    ).toEqual({
      version: '0.1.0',
      contentVersion: '1',
      uptimeSeconds: 3661,
      memoryMB: 151,
      configPath: '/etc/kiosk.json',
      configErrors: problems,
      logTail: ['line 1', 'line 2'],
    });
    expect(LOG_TAIL_LINES).toBe(20);
    expect(logTail).toHaveBeenCalledWith(20);
  });
});

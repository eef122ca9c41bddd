// The staff panel's diagnostics: versions, uptime, memory, config problems and the log tail.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ConfigProblem, Diagnostics } from '../../shared/ipc';

export const LOG_TAIL_LINES = 20;

/** The `version` of resources/deck.json, or 'unknown' when it cannot be read. */
export function readContentVersion(resourcesDir: string): string {
  try {
    const deck: unknown = JSON.parse(readFileSync(join(resourcesDir, 'deck.json'), 'utf8'));
    if (typeof deck !== 'object' || deck === null || !('version' in deck)) return 'unknown';
    const { version } = deck;
    if (typeof version === 'number' && Number.isFinite(version)) return String(version);
    if (typeof version === 'string' && version.trim() !== '') return version.trim().slice(0, 40);
    return 'unknown';
  } catch {
    return 'unknown';
  }
}

export type DiagnosticsSources = {
  version: string;
  contentVersion(): string;
  uptimeSeconds(): number;
  rssBytes(): number;
  configPath: string;
  configErrors: readonly ConfigProblem[];
  logTail(lines: number): string[];
};

export function collectDiagnostics(sources: DiagnosticsSources): Diagnostics {
  return {
    version: sources.version,
    contentVersion: sources.contentVersion(),
    uptimeSeconds: Math.floor(sources.uptimeSeconds()),
    memoryMB: Math.round(sources.rssBytes() / (1024 * 1024)),
    configPath: sources.configPath,
    configErrors: sources.configErrors.map(({ field, message }) => ({ field, message })),
    logTail: sources.logTail(LOG_TAIL_LINES),
  };
}

import type { ChildProcess } from 'node:child_process';

export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: readonly string[];
export function startPreviewServer(
  env?: Record<string, string>,
): Promise<{ url: string; server: ChildProcess }>;

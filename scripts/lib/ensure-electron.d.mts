import type { ElectronBinary } from './electron-binary.mjs';

export function installerFailure(stderr: string): string;
export function ensureElectron(
  projectRoot: string,
  options?: { env?: NodeJS.ProcessEnv; onDownload?: (version: string) => void },
): Promise<ElectronBinary>;

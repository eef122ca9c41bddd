export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };
export function findElectronBinary(projectRoot: string): ElectronBinary;

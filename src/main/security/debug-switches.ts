// Command-line switches that open a packaged app to a debugger: no Electron fuse covers
// Chromium's remote debugging, and NodeCliInspect covers only part of --inspect. An installed
// kiosk started with any of them (a changed shortcut, a launcher) refuses to start.

const FORBIDDEN = [
  /^--remote-debugging-(port|pipe|address)(=|$)/,
  /^--inspect(-brk|-port|-publish-uid)?(=|$)/,
  /^--(js-flags|enable-logging)(=|$)/,
];

/** The forbidden switches in `argv`, in order; empty when there are none. */
export function forbiddenDebugSwitches(argv: readonly string[]): string[] {
  return argv.filter((arg) => FORBIDDEN.some((pattern) => pattern.test(arg)));
}

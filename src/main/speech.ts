// Offline voices for "read aloud": on Linux, Chromium speaks through speech-dispatcher only when
// told to; Windows and macOS voices need nothing. Must run before `ready`.

import type { App } from 'electron';

export function enableSystemVoices(app: Pick<App, 'commandLine'>, platform: NodeJS.Platform): void {
  if (platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');
}

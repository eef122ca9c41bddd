// A private speech-dispatcher for the real-voice test: its own socket, config and log in a
// temporary folder, espeak-ng as its only module and ALSA's "null" device as its sound card, so
// it speaks on machines without audio (CI) and never meets a user's own daemon.

import { type ChildProcess, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** speech-dispatcher, its espeak-ng module and espeak-ng itself (see .ci/run). */
export const SPEECH_PACKAGES = [
  '/usr/bin/speech-dispatcher',
  '/usr/lib/speech-dispatcher-modules/sd_espeak-ng',
  '/usr/bin/espeak-ng',
];

export function speechPackagesInstalled(): boolean {
  return SPEECH_PACKAGES.every((file) => existsSync(file));
}

export interface SpeechDaemon {
  /** For SPEECHD_ADDRESS in the browser's environment. */
  address: string;
  logTail(): string;
  stop(): void;
}

export async function startSpeechDaemon(): Promise<SpeechDaemon> {
  const folder = mkdtempSync(join(tmpdir(), 'kiosk-speechd-'));
  const config = join(folder, 'config');
  mkdirSync(join(config, 'modules'), { recursive: true });
  const moduleConfig = '/etc/speech-dispatcher/modules/espeak-ng.conf';
  if (existsSync(moduleConfig))
    copyFileSync(moduleConfig, join(config, 'modules', 'espeak-ng.conf'));
  writeFileSync(
    join(config, 'speechd.conf'),
    [
      'LogLevel 3',
      'AudioOutputMethod "alsa"',
      'AudioALSADevice "null"',
      'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
      'DefaultModule espeak-ng',
      '',
    ].join('\n'),
  );
  const socket = join(folder, 'speechd.sock');
  const output: string[] = [];
  const daemon: ChildProcess = spawn(
    '/usr/bin/speech-dispatcher',
    ['-s', '-C', config, '-S', socket, '-L', folder, '-P', join(folder, 'pid'), '-t', '60'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  daemon.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  daemon.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const logTail = () => {
    const log = join(folder, 'speech-dispatcher.log');
    const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [];
    return [...output, ...lines.slice(-15)].join('\n');
  };
  const stop = () => {
    if (daemon.exitCode === null) daemon.kill('SIGKILL');
  };
  for (let waited = 0; !existsSync(socket); waited += 100) {
    if (daemon.exitCode !== null || waited > 10_000) {
      stop();
      throw new Error(`speech-dispatcher did not start (exit ${daemon.exitCode}):\n${logTail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { address: `unix_socket:${socket}`, logTail, stop };
}

// A preview server of a test's own, on its own port, so its config and PIN lockout are the
// test's alone.

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export async function withOwnServer(
  configPath: string,
  run: (url: string) => Promise<void>,
): Promise<void> {
  const server = spawn(process.execPath, ['out/main/preview-server.js'], {
    env: { ...process.env, PORT: '0', KIOSK_CONFIG: configPath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve) =>
      createInterface({ input: server.stdout }).once('line', resolve),
    );
    await run(url);
  } finally {
    server.kill();
  }
}

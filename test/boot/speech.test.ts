// Read aloud (issue 12) on the built main process: speech-dispatcher is switched on before
// `ready` on Linux, and the renderer learns the read-aloud settings from the config file.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { APP_ORIGIN } from '../../src/shared/app-origin';
import { IpcChannel } from '../../src/shared/ipc';
import { callsTo } from './boot-expectations';
import { type BootedMain, bootMain } from './boot-harness';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const booted: BootedMain[] = [];

async function boot(config: Record<string, unknown>): Promise<BootedMain> {
  const configPath = join(mkdtempSync(join(tmpdir(), 'kiosk-speech-')), 'kiosk-config.json');
  writeFileSync(configPath, JSON.stringify(config));
  const main = await bootMain({ appPath: projectRoot, configPath });
  booted.push(main);
  await main.ready();
  return main;
}

afterEach(async () => {
  for (const main of booted.splice(0)) await main.stop();
});

describe('read aloud (built main process)', () => {
  it('turns on speech-dispatcher before ready on Linux, and only there', async () => {
    const main = await boot({});
    const switches = callsTo(await main.snapshot(), 'app.commandLine.appendSwitch');
    const dispatcher = {
      api: 'app.commandLine.appendSwitch',
      args: ['enable-speech-dispatcher'],
      beforeReady: true,
    };
    if (process.platform === 'linux') expect(switches).toContainEqual(dispatcher);
    else expect(switches).not.toContainEqual(expect.objectContaining({ args: dispatcher.args }));
  });

  it('passes readAloud and speechRate from the config file to the renderer', async () => {
    const main = await boot({ readAloud: false, speechRate: 0.7 });
    const answer = await main.invoke(IpcChannel.kioskSettings, `${APP_ORIGIN}/index.html`);
    expect(answer).toMatchObject({ ok: true, value: { readAloud: false, speechRate: 0.7 } });
  });
});

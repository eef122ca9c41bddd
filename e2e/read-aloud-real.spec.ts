// Read aloud with the real thing: Chromium started with --enable-speech-dispatcher talks to a
// speech-dispatcher with espeak-ng (installed by .ci/run). Pressing the button on a Dutch slide
// must choose a local Dutch voice and start speaking. Without the packages the test is skipped
// with its reason, except in CI (KIOSK_REQUIRE_VOICES=1), where it fails.

import { existsSync } from 'node:fs';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium.mjs';
import { expect, test, watchPage } from './support/fixtures';
import {
  speechPackagesInstalled,
  startSpeechDaemon,
  SPEECH_PACKAGES,
} from './support/speech-dispatcher';

const required = process.env['KIOSK_REQUIRE_VOICES'] === '1';

interface Recorded {
  voices: { name: string; lang: string; localService: boolean }[];
  spoken: { voice: string | null; lang: string; local: boolean | null }[];
  started: number;
}

test('a Dutch slide is read by a local Dutch voice through speech-dispatcher', async ({
  playwright,
  baseURL,
}) => {
  const missing = SPEECH_PACKAGES.filter((file) => !existsSync(file));
  expect(
    required ? missing : [],
    'KIOSK_REQUIRE_VOICES=1: install them with apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng',
  ).toEqual([]);
  test.skip(!speechPackagesInstalled(), `not installed here: ${missing.join(', ')}`);
  test.setTimeout(60_000);

  const daemon = await startSpeechDaemon();
  const browser = await playwright.chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'],
    env: { ...process.env, SPEECHD_ADDRESS: daemon.address },
    timeout: 20_000,
  });
  try {
    const page = await browser.newPage({ hasTouch: true, viewport: { width: 1920, height: 1080 } });
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.addInitScript(() => {
      const recorded: Recorded = { voices: [], spoken: [], started: 0 };
      Object.defineProperty(window, '__recorded', { value: recorded });
      const speak = SpeechSynthesis.prototype.speak;
      SpeechSynthesis.prototype.speak = function (utterance: SpeechSynthesisUtterance) {
        recorded.spoken.push({
          voice: utterance.voice?.name ?? null,
          lang: utterance.lang,
          local: utterance.voice?.localService ?? null,
        });
        utterance.addEventListener('start', () => (recorded.started += 1));
        speak.call(this, utterance);
      };
    });
    await page.goto(`${baseURL}#/slide/3`);
    const button = page.getByRole('button', { name: 'Lees voor' });
    const shown = await button
      .waitFor({ timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    const voices = await page.evaluate(() =>
      speechSynthesis
        .getVoices()
        .map(({ name, lang, localService }) => ({ name, lang, localService })),
    );
    const dutch = voices.filter((voice: { lang: string }) =>
      voice.lang.toLowerCase().startsWith('nl'),
    );
    test.info().annotations.push({ type: 'Dutch voices', description: JSON.stringify(dutch) });
    expect(
      shown,
      `no "Lees voor" button: ${voices.length} voices, Dutch: ${JSON.stringify(dutch)}\n${daemon.logTail()}`,
    ).toBe(true);

    await button.tap();
    await expect
      .poll(
        () =>
          page.evaluate(() => (window as unknown as { __recorded: Recorded }).__recorded.started),
        {
          message: `speaking did not start\n${daemon.logTail()}`,
          timeout: 15_000,
        },
      )
      .toBeGreaterThan(0);
    const { spoken } = await page.evaluate(
      () => (window as unknown as { __recorded: Recorded }).__recorded,
    );
    expect(spoken[0]).toMatchObject({ local: true, lang: expect.stringMatching(/^nl/i) });
    test.info().annotations.push({ type: 'voice used', description: JSON.stringify(spoken[0]) });
    await button.tap();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(problems.errors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  } finally {
    await browser.close();
    daemon.stop();
  }
});

import { describe, expect, it, vi } from 'vitest';

import { enableSystemVoices } from './speech';

function fakeApp() {
  const appendSwitch = vi.fn();
  return { app: { commandLine: { appendSwitch } } as never, appendSwitch };
}

describe('enableSystemVoices', () => {
  it('turns on speech-dispatcher on Linux', () => {
    const { app, appendSwitch } = fakeApp();
    enableSystemVoices(app, 'linux');
    expect(appendSwitch).toHaveBeenCalledWith('enable-speech-dispatcher');
  });

  it.each(['win32', 'darwin'] as const)(
    'adds no switch on %s, whose voices need none',
    (platform) => {
      const { app, appendSwitch } = fakeApp();
      enableSystemVoices(app, platform);
      expect(appendSwitch).not.toHaveBeenCalled();
    },
  );
});

import { describe, expect, it } from 'vitest';

import { forbiddenDebugSwitches } from './debug-switches';

describe('forbiddenDebugSwitches', () => {
  it.each([
    ['--remote-debugging-port=9222'],
    ['--remote-debugging-pipe'],
    ['--remote-debugging-address=0.0.0.0'],
    ['--inspect'],
    ['--inspect=9229'],
    ['--inspect-brk=0.0.0.0:9229'],
    ['--inspect-port=9229'],
    ['--js-flags=--allow-natives-syntax'],
    ['--enable-logging=stderr'],
  ])('refuses %s', (arg) => {
    expect(forbiddenDebugSwitches(['/opt/physio-kiosk/physio-kiosk', arg])).toEqual([arg]);
  });

  it.each([[[]], [['/usr/bin/physio-kiosk']], [['x', '--no-sandbox-x', '--inspector', '--kiosk']]])(
    'lets an ordinary start through: %j',
    (argv) => {
      expect(forbiddenDebugSwitches(argv)).toEqual([]);
    },
  );
});

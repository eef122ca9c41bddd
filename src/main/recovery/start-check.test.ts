import { describe, expect, it, vi } from 'vitest';

import { createFakeTimers } from '../../node/test-support/fake-timers';
import { createStartCheck, START_POLL_MS, START_TIMEOUT_MS } from './start-check';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(answers: (() => Promise<unknown>)[]) {
  const timers = createFakeTimers();
  let calls = 0;
  const contents = {
    executeJavaScript: vi.fn((_code: string) => {
      const answer = answers[Math.min(calls, answers.length - 1)]!;
      calls += 1;
      return answer();
    }),
    isDestroyed: vi.fn(() => false),
  };
  const check = createStartCheck(contents as never, { timers });
  let result: boolean | undefined;
  const run = () => check().then((started) => (result = started));
  /** Moves the clock on in poll-sized steps, letting the page's answers arrive in between. */
  const advance = async (ms: number) => {
    for (let passed = 0; passed < ms; passed += START_POLL_MS) {
      await flush();
      timers.advance(Math.min(START_POLL_MS, ms - passed));
    }
    await flush();
  };
  return { timers, contents, run, advance, result: () => result };
}

describe('createStartCheck', () => {
  it('asks the page for the mark React sets once it has mounted', async () => {
    const { contents, run, advance, result } = setup([() => Promise.resolve(true)]);
    void run();
    await advance(0);
    expect(contents.executeJavaScript).toHaveBeenCalledWith(
      'document.documentElement.hasAttribute("data-app-started")',
    );
    expect(result()).toBe(true);
  });

  it('keeps asking until the mark appears', async () => {
    const { contents, run, advance, result } = setup([
      () => Promise.resolve(false),
      () => Promise.reject(new Error('navigating')),
      () => Promise.resolve(false),
      () => Promise.resolve(true),
    ]);
    void run();
    await advance(2 * START_POLL_MS);
    expect(result()).toBeUndefined();
    await advance(START_POLL_MS);
    expect(result()).toBe(true);
    expect(contents.executeJavaScript).toHaveBeenCalledTimes(4);
  });

  it(`calls a page without the mark after ${START_TIMEOUT_MS / 1000} s not started`, async () => {
    const { run, advance, result, timers } = setup([() => Promise.resolve(false)]);
    void run();
    await advance(START_TIMEOUT_MS - START_POLL_MS);
    expect(result()).toBeUndefined();
    await advance(START_POLL_MS);
    expect(result()).toBe(false);
    expect(timers.pendingDelays()).toEqual([]);
  });

  it('gives up on a hung page that never answers', async () => {
    const { run, advance, result, contents } = setup([() => new Promise(() => undefined)]);
    void run();
    await advance(START_TIMEOUT_MS);
    expect(result()).toBe(false);
    expect(contents.executeJavaScript).toHaveBeenCalledOnce();
  });

  it('calls a destroyed page not started at once', async () => {
    const { run, advance, result, contents } = setup([() => Promise.resolve(true)]);
    contents.isDestroyed.mockReturnValue(true);
    void run();
    await advance(0);
    expect(result()).toBe(false);
  });
});

import { EventEmitter } from 'node:events';

import { describe, expect, it, vi } from 'vitest';

import { logProcessErrors } from './process-errors';

describe('logProcessErrors', () => {
  it('logs an uncaught exception instead of crashing', () => {
    const source = new EventEmitter();
    const log = { error: vi.fn() };
    logProcessErrors(source, log);
    const error = new Error('boom');
    source.emit('uncaughtException', error);
    expect(log.error).toHaveBeenCalledWith('uncaught exception in main', { error });
  });

  it.each([
    [new Error('rejected'), expect.any(Error)],
    ['plain text', 'plain text'],
    [42, '42'],
    [undefined, 'undefined'],
    [Object.create(null) as object, 'unprintable reason'],
  ])('logs an unhandled rejection with reason %j', (reason, logged) => {
    const source = new EventEmitter();
    const log = { error: vi.fn() };
    logProcessErrors(source, log);
    source.emit('unhandledRejection', reason);
    expect(log.error).toHaveBeenCalledWith('unhandled promise rejection in main', {
      reason: logged,
    });
  });

  it('registers on the real process without replacing other listeners', () => {
    const before = process.listenerCount('uncaughtException');
    const log = { error: vi.fn() };
    const source = { on: vi.fn() };
    logProcessErrors(source, log);
    expect(source.on.mock.calls.map((call) => call[0])).toEqual([
      'uncaughtException',
      'unhandledRejection',
    ]);
    expect(process.listenerCount('uncaughtException')).toBe(before);
  });
});

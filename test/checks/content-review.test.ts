// The clinician review sheet (docs/content-review.md) stays what the generator makes from the
// current content, and its article sentences are the article's own words.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

describe('docs/content-review.md', () => {
  it('is up to date with the deck, the activities and the translations', () => {
    const run = () =>
      execFileSync(process.execPath, ['scripts/content-review.mjs', '--check'], {
        cwd: ROOT,
        stdio: 'pipe',
      });
    expect(run).not.toThrow();
  });
});

// The content lint's rules themselves; test/checks/content-lint.test.ts runs them over locales/.

import { describe, expect, it } from 'vitest';

import { INFORMAL_YOU, isPatientFacing, sentences, withoutQuotes, wordCount } from './content-lint';

describe('the lint rules', () => {
  it('counts sentences and words as a reader would', () => {
    expect(sentences('Begin klein. Bouw rustig op! Gaat het? Goed.')).toHaveLength(4);
    expect(sentences('Bron: N. van der Linden, 2025')).toHaveLength(1);
    expect(wordCount('Begin met wat nu goed gaat, bijvoorbeeld 10 minuten.')).toBe(9);
  });

  it('ignores quotations but keeps apostrophes', () => {
    expect(withoutQuotes('Het artikel: “train je core!” Klaar.')).not.toMatch(INFORMAL_YOU);
    expect(withoutQuotes('Ook ’s nachts en in dia’s.')).toContain('’s nachts');
    expect(withoutQuotes('Zie ‘Core trainen? “Zeker geen wondermiddel”’ hier.')).toBe(
      'Zie   hier.',
    );
  });

  it('finds "je", "jij" and "jouw" as words only', () => {
    expect('Zoek wat je volhoudt.').toMatch(INFORMAL_YOU);
    expect('Is dit jouw mat?').toMatch(INFORMAL_YOU);
    expect('Een beetje bewegen, bijvoorbeeld wandelen.').not.toMatch(INFORMAL_YOU);
  });

  it('leaves speaker notes, article quotations and the staff panel out of the patient text', () => {
    expect(isPatientFacing('article:slides.vary.notes.talking-1')).toBe(false);
    expect(isPatientFacing('article:slides.journal-quote.quote.text')).toBe(false);
    expect(isPatientFacing('kiosk:staff.no-pin')).toBe(false);
    expect(isPatientFacing('article:slides.vary.lead')).toBe(true);
    expect(isPatientFacing('chooser:result.alarm')).toBe(true);
  });
});

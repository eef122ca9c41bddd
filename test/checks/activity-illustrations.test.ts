import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { loadRealActivities } from '../../src/shared/chooser/test-support';

const RESOURCES = new URL('../../resources/', import.meta.url);
const activities = loadRealActivities();

describe.each(activities.map((activity) => [activity.id, activity.illustration]))(
  'illustration of %s',
  (_id, illustration) => {
    const path = fileURLToPath(new URL(illustration, RESOURCES));
    const svg = readFileSync(path, 'utf8');

    it('is a scalable SVG with the shared viewBox', () => {
      const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
      expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(root).toContain('viewBox="0 0 400 300"');
      expect(root).not.toMatch(/\s(width|height)=/);
    });

    it('holds only drawing: no text, images, scripts, styles or outside references', () => {
      expect(svg).not.toMatch(/<(text|image|script|style|foreignObject|use)\b/i);
      expect(svg).not.toMatch(/\s(href|xlink:href|on\w+)=/i);
      const withoutNamespace = svg.replace('xmlns="http://www.w3.org/2000/svg"', '');
      expect(withoutNamespace).not.toMatch(/url\(|https?:|data:|xmlns:/i);
    });

    it('stays small', () => {
      expect(statSync(path).size).toBeLessThan(5 * 1024);
    });
  },
);

/**
 * late-styles.ts and late-styles-ready.ts talk by an event whose name each
 * file spells out (late-styles.ts does not import the other, to stay one
 * module in the shared page script), and an attribute on <html>.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WANTED_EVENT } from '../../src/scripts/late-styles-ready';

const source = readFileSync(new URL('../../src/scripts/late-styles.ts', import.meta.url), 'utf8');

describe('the late stylesheets’ events', () => {
  it('late-styles.ts listens for the request under the name late-styles-ready.ts uses, and marks arrival on <html>', () => {
    expect(source).toContain(`const WANTED_EVENT = '${WANTED_EVENT}';`);
    expect(source).toMatch(/document\.addEventListener\(WANTED_EVENT,/);
    // late-styles-ready.ts watches for data-late-styles on <html>.
    expect(source).toContain("document.documentElement.dataset.lateStyles = ''");
  });
});

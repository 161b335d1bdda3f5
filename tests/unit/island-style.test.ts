import { describe, expect, it } from 'vitest';
import { moveIslandStyleToHead } from '../../src/lib/island-style';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('the islands’ stylesheet', () => {
  it('moves from the body to the end of <head>, once, leaving the rest of the page as it was', () => {
    const html = `<html><head><title>t</title></head><body><p>a</p> ${STYLE}<script>x</script><astro-island></astro-island></body></html>`;
    expect(moveIslandStyleToHead(html)).toBe(`<html><head><title>t</title>${STYLE}</head><body><p>a</p> <script>x</script><astro-island></astro-island></body></html>`);
  });

  it('leaves a page without islands, or with the stylesheet already in <head>, untouched', () => {
    const plain = '<html><head></head><body><p>a</p></body></html>';
    expect(moveIslandStyleToHead(plain)).toBe(plain);
    const done = `<html><head>${STYLE}</head><body></body></html>`;
    expect(moveIslandStyleToHead(done)).toBe(done);
  });
});

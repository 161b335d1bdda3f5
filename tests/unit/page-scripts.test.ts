import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { externalizeHydrationScripts, inlineCode, isHydrationScript, trimCspHashes } from '../../src/lib/page-scripts';

const sha = (t: string) => createHash('sha256').update(t).digest('base64');
const THEME = "(function(){document.documentElement.classList.add('js')})();";
const ISLAND = '(()=>{class y extends HTMLElement{};customElements.define("astro-island",y)})();';
const INTENT = '(()=>{var y=1;(self.Astro||(self.Astro={})).intent=y;window.dispatchEvent(new Event("astro:intent"));})();';
const page = (csp: string, body: string) =>
  `<html><head><script>${THEME}</script><meta http-equiv="content-security-policy" content="${csp}"><style>a{b:c}</style></head><body>${body}</body></html>`;

describe('Astro’s hydration scripts', () => {
  it('are told apart from the site’s own inline scripts', () => {
    expect([ISLAND, INTENT, THEME].map(isHydrationScript)).toEqual([true, true, false]);
  });
  it('leave the page for deferred files, in order, and the theme script stays inline', () => {
    const html = page("script-src 'self'", `<p>x</p><script>${INTENT}</script><script>${ISLAND}</script><astro-island></astro-island>`);
    const files: string[] = [];
    const out = externalizeHydrationScripts(html, (text) => `/_astro/h${files.push(text)}.js`);
    expect(files).toEqual([INTENT, ISLAND]);
    expect(out).toContain('<p>x</p><script defer src="/_astro/h1.js"></script><script defer src="/_astro/h2.js"></script><astro-island>');
    expect(out).toContain(`<script>${THEME}</script>`);
  });
});

describe('the page’s Content-Security-Policy', () => {
  it('keeps only the hashes of the inline code the page holds, and the rest of the policy as it was', () => {
    const csp = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${sha(THEME)}' 'sha256-${sha(ISLAND)}' 'sha256-${sha('other')}'; style-src 'self' 'sha256-${sha('a{b:c}')}' 'sha256-${sha('x{}')}';`;
    const out = trimCspHashes(page(csp, '<p>x</p>'), sha);
    const kept = /content="([^"]*)"/.exec(out)![1];
    expect(kept).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${sha(THEME)}'; style-src 'self' 'sha256-${sha('a{b:c}')}';`);
    expect(inlineCode(out)).toEqual([THEME, 'a{b:c}']);
  });
  it('counts no script loaded from a file as inline', () => {
    expect(inlineCode('<script src="/a.js"></script><script type="module">m()</script>')).toEqual(['m()']);
  });
});

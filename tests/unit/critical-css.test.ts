import { describe, expect, it } from 'vitest';
import { allowStyleHash, criticalCss, inlineCriticalCss, pageTokens, selectorMayMatch, topLevelBlocks } from '../../src/lib/critical-css';

const PAGE = `<html><head><noscript data-late-css><link rel="stylesheet" href="/late.css"></noscript><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-x';"><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css"></head>
<body><p id="p-one" class="citable" data-paragraph="1">Text<a class="self-link" href="#p-one" aria-label="Paragraph 1"></a></p><details class="cite-panel"><summary>Cite</summary></details></body></html>`;

describe('the rules a page can use', () => {
  const t = pageTokens(PAGE);
  it('reads the classes, ids, attributes and elements the page holds, and what the head script sets', () => {
    expect(t.classes).toEqual(new Set(['js', 'hide-hindsight', 'citable', 'self-link', 'cite-panel']));
    expect(t.ids.has('p-one') && t.attributes.has('data-paragraph') && t.attributes.has('data-theme') && t.elements.has('summary')).toBe(true);
  });
  it('keeps a selector whose every part occurs, whatever its pseudo-classes, and drops one naming what the page lacks', () => {
    for (const s of ['.citable>.self-link', ':is(.citable,tr):hover .self-link', '.self-link:focus-visible', '.js .cite-panel>summary', ':root[data-theme=dark] p', '*,*:before', 'a[href^="#"]', '.citable:target', '.hide-hindsight .citable']) {
      expect(selectorMayMatch(s, t), s).toBe(true);
    }
    for (const s of ['.sidenote.is-open', '.citable .term-tip', 'table td', '#search-input', '[data-footnote-ref]:before', 'p:not(.x) mark']) {
      expect(selectorMayMatch(s, t), s).toBe(false);
    }
  });
  it('filters rule by rule and selector by selector, inside @media too, and keeps keyframes whole', () => {
    const css = '.citable,.sidenote{color:red}.term-tip{top:0}@media (min-width:64rem){.sidenote{float:right}.self-link{position:absolute}}@media print{.x{display:none}}@keyframes f{from{opacity:0}to{opacity:1}}';
    expect(topLevelBlocks(css)).toHaveLength(5);
    expect(criticalCss(css, t)).toBe('.citable{color:red}@media (min-width:64rem){.self-link{position:absolute}}@keyframes f{from{opacity:0}to{opacity:1}}');
  });
  it('does not split a rule at a brace or comma inside a string', () => {
    expect(criticalCss('.citable:before{content:"{,}"}.gone{x:y}', t)).toBe('.citable:before{content:"{,}"}');
  });
});

describe('a part’s stylesheets', () => {
  const sheets: Record<string, string> = { '/a.css': '.citable{color:red}.sidenote{color:blue}', '/b.css': '.cite-panel{border:1px}' };
  const out = inlineCriticalCss(PAGE, (href) => sheets[href]);
  it('become one <style> where the first stood, with only the rules the page can use', () => {
    expect(out.css).toBe('.citable{color:red}.cite-panel{border:1px}');
    expect(out.html).toContain(`<style>${out.css}</style></head>`);
    expect(out.html.replace(/<noscript[\s\S]*?<\/noscript>/, '')).not.toContain('<link rel="stylesheet"');
  });
  it('load in full after the page, before the late sheet, and without JS from the <noscript>', () => {
    expect(out.html).toContain('<noscript data-late-css><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css"><link rel="stylesheet" href="/late.css"></noscript>');
  });
  it('leave a page without stylesheets as it was, and the CSP gains the new style’s hash', () => {
    const plain = '<html><head></head><body></body></html>';
    expect(inlineCriticalCss(plain, () => '').html).toBe(plain);
    expect(allowStyleHash(out.html, 'NEW')).toContain("style-src 'self' 'sha256-x' 'sha256-NEW';");
  });
});

/**
 * A part's first view in one round trip (issue 15): its stylesheets are
 * replaced by one inline <style> holding only the rules that can apply to
 * what the page holds, and the stylesheets themselves load after the page
 * (src/scripts/late-styles.ts; a <noscript> link without JS), for what
 * scripts add later (a footnote opened in place, a figure's details).
 *
 * A rule is kept when every class, id, attribute name and element its
 * selectors name occurs in the page's HTML (pseudo-classes and :is/:not
 * arguments aside), plus what the head script sets before the first paint
 * (the `js` and `hide-hindsight` classes, data-theme). That over-keeps (a
 * rule whose parts occur apart) but never drops a rule that matches the
 * page as sent, so the stylesheets arriving later change nothing on screen:
 * no layout shift. Pure string work on minified CSS; run after the build by
 * src/integrations/critical-css.ts.
 */

/** What the head script (src/lib/theme.ts) may set on <html> before the first paint. */
export const SET_BEFORE_PAINT = { classes: ['js', 'hide-hindsight'], attributes: ['data-theme'] } as const;

export interface PageTokens {
  classes: Set<string>;
  ids: Set<string>;
  attributes: Set<string>;
  elements: Set<string>;
}

/** Every class, id, attribute name and element name in the HTML, and what the head script adds. */
export function pageTokens(html: string): PageTokens {
  const t: PageTokens = { classes: new Set(SET_BEFORE_PAINT.classes), ids: new Set(), attributes: new Set(SET_BEFORE_PAINT.attributes), elements: new Set(['html', 'body']) };
  for (const tag of html.matchAll(/<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    t.elements.add(tag[1].toLowerCase());
    for (const a of tag[2].matchAll(/([^\s=/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      const name = a[1].toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? '';
      t.attributes.add(name);
      if (name === 'class') for (const c of value.split(/\s+/)) if (c) t.classes.add(c);
      if (name === 'id') t.ids.add(value);
    }
  }
  return t;
}

/** The top-level pieces of a stylesheet: rules, at-rules with their blocks, and statements. */
export function topLevelBlocks(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        out.push(css.slice(start, i + 1).trim());
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      out.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = css.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

/** Splits a selector list at its top-level commas. */
function selectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Whether everything a selector names occurs in the page (pseudo-classes, and what :is(), :not() and the like hold, aside). */
export function selectorMayMatch(selector: string, t: PageTokens): boolean {
  // Drop pseudo-classes and pseudo-elements with their arguments, attribute values and strings.
  let s = selector.replace(/"[^"]*"|'[^']*'/g, '');
  let previous;
  do {
    previous = s;
    s = s.replace(/::?[a-zA-Z-]+\([^()]*\)/g, ' ');
  } while (s !== previous);
  s = s.replace(/::?[a-zA-Z-]+/g, '').replace(/\[([\w-]+)[^\]]*\]/g, '[$1]');
  for (const m of s.matchAll(/\.([\w-]+)/g)) if (!t.classes.has(m[1])) return false;
  for (const m of s.matchAll(/#([\w-]+)/g)) if (!t.ids.has(m[1])) return false;
  for (const m of s.matchAll(/\[([\w-]+)\]/g)) if (!t.attributes.has(m[1].toLowerCase())) return false;
  for (const m of s.matchAll(/(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)) if (!t.elements.has(m[1].toLowerCase())) return false;
  return true;
}

/** The rules of `css` that may apply to a page with these tokens; at-rules other than @media and @supports are kept whole. */
export function criticalCss(css: string, t: PageTokens): string {
  return topLevelBlocks(css)
    .map((block) => {
      const open = block.indexOf('{');
      if (open < 0) return block;
      const head = block.slice(0, open);
      const body = block.slice(open + 1, -1);
      if (head.startsWith('@')) {
        if (!/^@(media|supports)\b/.test(head)) return block;
        const inner = criticalCss(body, t);
        return inner ? `${head}{${inner}}` : '';
      }
      const kept = selectors(head).filter((sel) => selectorMayMatch(sel, t));
      return kept.length ? `${kept.join(',')}{${body}}` : '';
    })
    .join('');
}

/**
 * The page with its stylesheet links replaced by `<style>` + the critical
 * rules (where the first link stood), and the links put first in its
 * `<noscript data-late-css>`, whose <link>s src/scripts/late-styles.ts
 * adds after the page (and the browser loads at once when JS is off). `sheet(href)` gives a linked
 * file's text. Returns the page unchanged if it has no linked stylesheet or
 * no late list.
 */
export function inlineCriticalCss(html: string, sheet: (href: string) => string): { html: string; css: string } {
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"\s*\/?>\s*/g)].filter((m) => !isInsideNoscript(html, m.index));
  const late = /<noscript data-late-css(?:="")?>([\s\S]*?)<\/noscript>/.exec(html);
  if (!links.length || !late) return { html, css: '' };
  const hrefs = links.map((m) => m[1]);
  const css = criticalCss(hrefs.map(sheet).join(''), pageTokens(html));
  let out = '';
  let at = 0;
  links.forEach((m, i) => {
    out += html.slice(at, m.index) + (i === 0 ? `<style>${css}</style>` : '');
    at = m.index + m[0].length;
  });
  out += html.slice(at);
  const allLate = [...hrefs, ...[...late[1].matchAll(/href="([^"]+)"/g)].map((m) => m[1])];
  const noscript = `<noscript data-late-css>${allLate.map((h) => `<link rel="stylesheet" href="${h}">`).join('')}</noscript>`;
  return { html: out.replace(late[0], noscript), css };
}

function isInsideNoscript(html: string, index: number): boolean {
  const open = html.lastIndexOf('<noscript', index);
  return open >= 0 && html.lastIndexOf('</noscript>', index) < open;
}

/** The page with `'sha256-<hash>'` added to its CSP's style-src (for a <style> it did not have). */
export function allowStyleHash(html: string, hash: string): string {
  return html.replace(/(<meta\s+http-equiv="content-security-policy"\s+content="[^"]*?style-src)([^;"]*)/i, (_, start: string, sources: string) => `${start}${sources} 'sha256-${hash}'`);
}

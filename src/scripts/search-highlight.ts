/**
 * Arriving from a search result (?highlight=words#anchor): mark the words in
 * the target paragraph and bring it into view.
 */
import { queryTerms } from '../lib/search';

export function highlightArrival(): void {
  const terms = queryTerms(new URLSearchParams(location.search).get('highlight') ?? '');
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!terms.length || !target) return;
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.sidenote, .self-link, .term-tip, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  for (const node of nodes) {
    const text = node.data;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const parts: Node[] = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      parts.push(document.createTextNode(text.slice(last, m.index)));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = m[0];
      parts.push(mark);
      last = m.index! + m[0].length;
    }
    parts.push(document.createTextNode(text.slice(last)));
    node.replaceWith(...parts);
  }
  target.scrollIntoView({ block: 'center' });
}

/**
 * A glossary term's definition in place (src/scripts/term-tips.ts): the short
 * definitions travel in one small file, /glossary/tips.json, fetched once a
 * part has loaded, instead of sitting hidden after every marked term in the
 * part's HTML (issue 15: 0.3-0.5 KB gzip of each part's first view).
 */

export interface TermTip {
  short: string;
  /** What an abbreviation stands for. */
  expansion?: string;
}
export type TermTips = Record<string, TermTip>;

/** The file's content: each term's id with its short definition and expansion. */
export function tipsOf(terms: Array<{ id: string; short: string; expansion?: string }>): TermTips {
  return Object.fromEntries(terms.map((t) => [t.id, t.expansion ? { short: t.short, expansion: t.expansion } : { short: t.short }]));
}

/** What the definition says where the text uses an abbreviation ("HMC": "Hardware Management Console: …") or the term itself. */
export function tipText(tip: TermTip, abbreviated: boolean): string {
  return abbreviated && tip.expansion ? `${tip.expansion}: ${tip.short}` : tip.short;
}

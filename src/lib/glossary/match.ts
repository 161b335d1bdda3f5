/**
 * Finding the glossary's terms in running text. Pure: strings in, pieces out.
 *
 * A term's forms are matched as whole words (no letter or digit on either
 * side), longest first, so "POWER Hypervisor" wins over "hypervisor" and
 * "XenSource" is not a use of "Xen". A form starting with a lowercase letter
 * also matches capitalised, as at the start of a sentence.
 */

export interface TermForms {
  id: string;
  forms: string[];
}

/** A piece of text: plain, or a use of a term. */
export type Piece = string | { id: string; text: string };

export interface TermMatcher {
  pattern: RegExp;
  /** Matched text to the term it belongs to. */
  owner: Map<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every form of every term, with capitalised variants, longest first. */
export function expandForms(terms: TermForms[]): Array<{ form: string; id: string }> {
  const out = new Map<string, string>();
  for (const t of terms) {
    for (const form of t.forms) {
      out.set(form, t.id);
      const first = form[0];
      if (first !== first.toUpperCase()) {
        const capitalised = first.toUpperCase() + form.slice(1);
        if (!out.has(capitalised)) out.set(capitalised, t.id);
      }
    }
  }
  return [...out].map(([form, id]) => ({ form, id })).sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}

export function termMatcher(terms: TermForms[]): TermMatcher {
  const forms = expandForms(terms);
  const alternation = forms.map((f) => escape(f.form)).join('|');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu'),
    owner: new Map(forms.map((f) => [f.form, f.id])),
  };
}

/**
 * Splits `text` into plain pieces and uses of terms not yet in `used`; each
 * term is marked once, at its first use, and added to `used`. A later use of
 * a term already marked stays plain (and is not re-read as a shorter term).
 */
export function splitTerms(text: string, matcher: TermMatcher, used: Set<string>): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(matcher.pattern)) {
    const id = matcher.owner.get(m[0]);
    if (!id || used.has(id)) continue;
    used.add(id);
    if (m.index > last) pieces.push(text.slice(last, m.index));
    pieces.push({ id, text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

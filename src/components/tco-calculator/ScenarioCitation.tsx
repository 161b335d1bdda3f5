/**
 * "Cite this scenario": the calculator page's citation in six formats,
 * formatted at build time with a placeholder address and access date; this
 * puts in the scenario's own link (which reproduces it) and today's date.
 */
import { memo, useState } from 'react';
import { renderAccessed, today } from '../../lib/accessed-date';
import type { CitationFormat, DateParts } from '../../lib/citation';
import { scenarioToken } from '../../lib/scenario-token';

export interface ScenarioCitations {
  /** Formatted texts, containing `placeholderUrl` and the sentinel date. */
  texts: Record<CitationFormat, string>;
  labels: Record<CitationFormat, string>;
  /** The address the texts were formatted with, up to and including "?". */
  placeholderUrl: string;
  sentinel: DateParts;
  /** The page's canonical address, and the day the site was built: what the server shows. */
  pageUrl: string;
  buildDate: DateParts;
}

/** Memoised: it follows the deferred link, so a keystroke's render leaves it be. */
export const ScenarioCitation = memo(function ScenarioCitation({ citations, query, enabled }: { citations: ScenarioCitations; query: string; enabled: boolean }) {
  const [copied, setCopied] = useState('');
  // Until the island is live, show exactly what the server rendered (the canonical address and the
  // build date), so hydration matches; then the address this reader is at, and today.
  const here = enabled ? `${location.origin}${location.pathname}?${query}&` : `${citations.pageUrl}?${query}&`;
  const date = enabled ? today() : citations.buildDate;
  // The key names this scenario (a hash of its inputs), so two scenarios in one .bib never share a key.
  const placeholderToken = scenarioToken('');
  const text = (format: CitationFormat) =>
    citations.texts[format]
      .replace(renderAccessed(format, citations.sentinel), renderAccessed(format, date))
      .split(citations.placeholderUrl)
      .join(here)
      .split(`_${placeholderToken}`)
      .join(`_${scenarioToken(query)}`);
  return (
    <details className="cite-panel tco-cite" id="cite-scenario">
      <summary>Cite this scenario</summary>
      <p className="cite-intro">The link in each citation records every input, so a reader can open the same scenario and see the same numbers.</p>
      <div className="citation-list">
        {(Object.keys(citations.texts) as CitationFormat[]).map((format) => {
          const id = `cite-scenario-${format}`;
          const block = format === 'apa' || format === 'chicago' || format === 'mla';
          return (
            <div className="citation" key={format}>
              <h3 className="citation-format">{citations.labels[format]}</h3>
              {block ? (
                <p className="citation-text" id={id}>{text(format)}</p>
              ) : (
                <pre className="citation-text" id={id} tabIndex={0} role="group" aria-label={citations.labels[format]}>
                  {text(format)}
                </pre>
              )}
              <div className="citation-actions">
                <button
                  type="button"
                  className="copy-button"
                  disabled={!enabled}
                  data-copied={copied === format ? '' : undefined}
                  onClick={async () => {
                    await navigator.clipboard.writeText(text(format)).catch(() => undefined);
                    setCopied(format);
                  }}
                >
                  Copy {citations.labels[format]}
                </button>
              </div>
            </div>
          );
        })}
      </div>
    </details>
  );
});

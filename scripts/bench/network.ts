/**
 * Bytes as the browser saw them: every request a context makes (pages and
 * their dedicated workers, e.g. Pagefind's), with the encoded (gzip) body
 * size from Chromium's own network log, tagged with the phase it finished in.
 */
import type { BrowserContext } from '@playwright/test';

export interface Fetched {
  url: string;
  /** Playwright's resource type: document, stylesheet, script, fetch, ... */
  type: string;
  /** Response body as transferred (gzip when the server compressed it). */
  bytes: number;
  phase: string;
}

export class NetworkLog {
  readonly entries: Fetched[] = [];
  phase = 'load';
  private pending: Array<Promise<void>> = [];

  constructor(context: BrowserContext) {
    context.on('requestfinished', (request) => {
      const phase = this.phase;
      this.pending.push(
        Promise.all([request.sizes(), request.response()]).then(
          ([sizes, response]) => {
            // Chromium reports 0 for a worker's own script; the bench's server always sends Content-Length (the gzip size).
            const length = Number(response?.headers()['content-length'] ?? 0);
            this.entries.push({ url: request.url(), type: request.resourceType(), bytes: Math.max(sizes.responseBodySize, length), phase });
          },
          () => undefined,
        ),
      );
    });
  }

  /** Waits for every size already asked for. */
  async settled(): Promise<Fetched[]> {
    await Promise.all(this.pending);
    return this.entries;
  }

  /** Bytes of the entries (up to and including `phases`) that match. */
  bytes(phases: string[], match: (f: Fetched) => boolean = () => true): number {
    return this.entries.filter((f) => phases.includes(f.phase) && match(f)).reduce((n, f) => n + f.bytes, 0);
  }
}

export const isScript = (f: Fetched) => f.type === 'script' || /\.m?js(\?|$)/.test(new URL(f.url).pathname);
export const isHtmlOrCss = (f: Fetched) => f.type === 'document' || f.type === 'stylesheet';

// Citation.js ships no TypeScript types; these cover the RIS reader tests/support/citation-clients.ts uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: unknown[];
  }
}
declare module '@citation-js/plugin-ris';

/**
 * The site's pages outside the analysis collection, as site paths (without
 * the base path). The 404 page suggests from these plus the analysis parts.
 */
export const STATIC_PAGES = ['/', '/analysis/', '/about/', '/cite/', '/changelog/', '/tools/', '/tools/tco/', '/tools/matrix/', '/diagrams/', '/hindsight/', '/glossary/'] as const;

/** The interactive tools, listed on /tools/ in this order, each with what it does without JavaScript (checked in tests/e2e/screens.spec.ts). */
export const TOOLS = [
  {
    path: '/tools/matrix/',
    title: 'Comparison matrix',
    summary: 'The note’s table of the two camps, extended to each product it names and some that came later, as seen in May 2006 and with hindsight. Every cell sourced.',
    withoutJavaScript: 'Works in full: the whole matrix as one table, with both views, notes and sources in every cell.',
  },
  {
    path: '/diagrams/',
    title: 'Architecture diagrams',
    summary: 'Where the hypervisor lives, drawn six ways, with overlays for drivers, the trusted base and management, and any two side by side.',
    withoutJavaScript: 'The six drawings and each one in words; the overlays, the layer details and choosing what to compare need JavaScript.',
  },
  {
    path: '/tools/tco/',
    title: 'TCO calculator',
    summary: 'The note’s cost argument with your numbers: OS-embedded hypervisors in two silos, one independent hypervisor, or one OS vendor’s platform, with 2006 and today’s prices.',
    withoutJavaScript: 'Shows the default scenario’s results; changing the numbers needs JavaScript.',
  },
] as const;

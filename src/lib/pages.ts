/**
 * The site's pages outside the analysis collection, as site paths (without
 * the base path). The 404 page suggests from these plus the analysis parts.
 */
export const STATIC_PAGES = ['/', '/analysis/', '/about/', '/cite/', '/changelog/', '/tools/tco/', '/hindsight/'] as const;

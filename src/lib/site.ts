/**
 * Where the site is deployed, read from the environment at build time so the
 * same source deploys to any static host (see README, "Deploy"):
 *
 * - SITE_URL: the origin, e.g. https://hypervisor-home.example.org
 *   (default http://127.0.0.1:4321, the local preview server);
 * - BASE_PATH: the path the site lives under, e.g. /hypervisor-home/ (default /).
 *
 * Canonical URLs are SITE_URL + BASE_PATH + page path, always absolute.
 */
export interface Deployment {
  /** Origin with no trailing slash, e.g. "https://example.org". */
  site: string;
  /** Base path that starts and ends with "/", e.g. "/" or "/hh/". */
  base: string;
}

export function readDeployment(env: Record<string, string | undefined>): Deployment {
  const rawSite = (env.SITE_URL ?? '').trim() || 'http://127.0.0.1:4321';
  let site: URL;
  try {
    site = new URL(rawSite);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org (got "${rawSite}")`);
  }
  if (site.protocol !== 'http:' && site.protocol !== 'https:') throw new Error(`SITE_URL must use http or https (got "${rawSite}")`);
  const trimmedBase = (env.BASE_PATH ?? '/').trim().replace(/^\/+|\/+$/g, '');
  if (trimmedBase && !/^[A-Za-z0-9._~\-/]+$/.test(trimmedBase)) throw new Error(`BASE_PATH may hold only URL path characters (got "${env.BASE_PATH}")`);
  return { site: site.origin, base: trimmedBase ? `/${trimmedBase}/` : '/' };
}

/**
 * Joins the base path and a site path ("analysis/conclusion/" or
 * "/analysis/conclusion/#p-x"), keeping exactly one slash between them.
 */
export function withBase(base: string, path: string): string {
  return base.replace(/\/$/, '') + '/' + path.replace(/^\//, '');
}

/**
 * Where the site is deployed (see README, "Deploy"). Every citation,
 * canonical URL, sitemap and feed entry is built from this origin, so a
 * wrong one makes every citation dead. In order of precedence:
 *
 * - SITE_URL (environment): the origin for one build, e.g. https://example.org;
 * - LOCAL_PREVIEW=1 (environment): the local preview, http://127.0.0.1:4321,
 *   set by `npm start` and `npm test` explicitly;
 * - `origin` in site.config.json: the committed address of the published site;
 * - otherwise the local preview, flagged 'unset': the build says so loudly,
 *   and `npm run build` (the production build) refuses to run.
 *
 * BASE_PATH (environment) or `basePath` in site.config.json: the path the
 * site lives under, e.g. /hypervisor-home/ (default /).
 * Canonical URLs are origin + base path + page path, always absolute.
 */

/** The committed deployment settings (site.config.json). */
export interface SiteSettings {
  /** The published site's origin, e.g. "https://example.org"; null until it is known. */
  origin?: string | null;
  /** The path the site lives under on that origin (default "/"). */
  basePath?: string;
}

/** Where the origin of a build came from. */
export type OriginSource = 'SITE_URL' | 'local preview' | 'site.config.json' | 'unset';

/** The local preview server's origin (`npm start`). */
export const LOCAL_PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

export function originSource(env: Record<string, string | undefined>, settings: SiteSettings = {}): OriginSource {
  if ((env.SITE_URL ?? '').trim()) return 'SITE_URL';
  if (env.LOCAL_PREVIEW === '1') return 'local preview';
  if ((settings.origin ?? '').trim()) return 'site.config.json';
  return 'unset';
}
export interface Deployment {
  /** Origin with no trailing slash, e.g. "https://example.org". */
  site: string;
  /** Base path that starts and ends with "/", e.g. "/" or "/hh/". */
  base: string;
}

export function readDeployment(env: Record<string, string | undefined>, settings: SiteSettings = {}): Deployment {
  const source = originSource(env, settings);
  const rawSite = source === 'SITE_URL' ? env.SITE_URL!.trim() : source === 'site.config.json' ? settings.origin!.trim() : LOCAL_PREVIEW_ORIGIN;
  let site: URL;
  try {
    site = new URL(rawSite);
  } catch {
    throw new Error(`${source === 'SITE_URL' ? 'SITE_URL' : 'The origin in site.config.json'} must be an absolute URL such as https://example.org (got "${rawSite}")`);
  }
  if (site.protocol !== 'http:' && site.protocol !== 'https:') throw new Error(`${source === 'SITE_URL' ? 'SITE_URL' : 'The origin in site.config.json'} must use http or https (got "${rawSite}")`);
  const trimmedBase = (env.BASE_PATH ?? settings.basePath ?? '/').trim().replace(/^\/+|\/+$/g, '');
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

/**
 * The lines a build prints about its origin: a plain statement when the
 * origin was chosen, a warning box when it fell back to the local preview.
 */
export function originReport(site: string, source: OriginSource): { level: 'info' | 'warn'; lines: string[] } {
  if (source === 'unset') {
    return {
      level: 'warn',
      lines: [
        `CITATIONS POINT AT ${site}, THE LOCAL PREVIEW: this build is not for deployment.`,
        'No SITE_URL was given and site.config.json has no "origin". Every citation, canonical URL,',
        'sitemap and feed entry names the origin; set it (README, "Deploy") before publishing.',
      ],
    };
  }
  const why = source === 'SITE_URL' ? 'from SITE_URL' : source === 'local preview' ? 'LOCAL_PREVIEW=1: for this machine only, not for deployment' : 'from site.config.json';
  return { level: source === 'local preview' ? 'warn' : 'info', lines: [`Citations, canonical URLs, sitemap and feed point at ${site} (${why}).`] };
}

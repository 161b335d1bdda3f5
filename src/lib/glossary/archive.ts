/**
 * The Wayback Machine's address for a page as it was on a given day:
 * https://web.archive.org/web/<YYYYMMDD>/<url>. The Wayback Machine answers it
 * with the capture nearest that day, so the address works whether or not a
 * capture was made on exactly that date. We only link to it; nothing is fetched.
 */
export function waybackUrl(url: string, day: string): string {
  const stamp = day.replaceAll('-', '');
  if (!/^\d{8}$/.test(stamp)) throw new Error(`waybackUrl: "${day}" is not a day like 2026-11-29`);
  return `https://web.archive.org/web/${stamp}/${url}`;
}

/**
 * The side-by-side comparison on /diagrams/ in the URL:
 *
 *   ?a=os-embedded&b=vmware-esx&ov=drivers,trusted
 *
 * `a` and `b` are the two diagrams, `ov` the overlays applied to both. Only
 * what differs from the default is written. Reading never throws: unknown
 * values are dropped with a notice, the rest kept.
 */
import { quoted, readQuery } from '../url-query';
import { OVERLAY_KEYS, type OverlayKey } from './overlays';

export interface CompareState {
  left: string;
  right: string;
  overlays: OverlayKey[];
}

/** The note's central contrast: an OS controls the hypervisor, or a stripped-down controller does; drivers shown. */
export const DEFAULT_COMPARE: CompareState = { left: 'os-embedded', right: 'independent-xen', overlays: ['drivers'] };

export function encodeCompare(s: CompareState): string {
  const params = new URLSearchParams();
  if (s.left !== DEFAULT_COMPARE.left) params.set('a', s.left);
  if (s.right !== DEFAULT_COMPARE.right) params.set('b', s.right);
  const ov = OVERLAY_KEYS.filter((k) => s.overlays.includes(k));
  if (ov.join(',') !== DEFAULT_COMPARE.overlays.join(',')) params.set('ov', ov.join(',') || 'none');
  return params.toString().replace(/%2C/g, ',');
}

export function decodeCompare(search: string, diagrams: string[]): { state: CompareState; notices: string[] } {
  const notices: string[] = [];
  const state: CompareState = { ...DEFAULT_COMPARE, overlays: [...DEFAULT_COMPARE.overlays] };
  const params = readQuery(search);
  for (const [key, side] of [['a', 'left'], ['b', 'right']] as const) {
    const v = params.get(key);
    if (v === null) continue;
    if (diagrams.includes(v)) state[side] = v;
    else notices.push(`Ignored ${key}=${quoted(v)}: no such diagram.`);
  }
  const ov = params.get('ov');
  if (ov !== null) {
    const wanted = ov === 'none' ? [] : ov.split(',').filter(Boolean);
    const unknown = wanted.filter((k) => !(OVERLAY_KEYS as string[]).includes(k));
    if (unknown.length) notices.push(`Ignored unknown overlays: ${unknown.map(quoted).join(', ')}.`);
    state.overlays = OVERLAY_KEYS.filter((k) => wanted.includes(k));
  }
  return { state, notices };
}

/**
 * What a reader can lay over any diagram, and what each layer's details say.
 * Pure: the React side asks these and draws.
 */
import type { Architecture, Layer } from './schema';

export const OVERLAYS = [
  { key: 'drivers', label: 'Where the drivers live', legend: 'Hatched: holds the device drivers' },
  { key: 'trusted', label: 'What is in the trusted base', legend: 'Thick dashed outline: part of the trusted base, which every guest relies on' },
  { key: 'manages', label: 'Who manages it', legend: 'Arrows: from the layer that manages to what it manages' },
] as const;
export type OverlayKey = (typeof OVERLAYS)[number]['key'];
export const OVERLAY_KEYS = OVERLAYS.map((o) => o.key) as OverlayKey[];

/** Class names for one layer's box under the overlays switched on (the link overlay adds none). */
export function overlayClasses(layer: Layer, on: ReadonlySet<OverlayKey>): string[] {
  const classes: string[] = [];
  if (on.has('drivers') && layer.drivers) classes.push('has-drivers');
  if (on.has('trusted') && layer.trusted) classes.push('is-trusted');
  return classes;
}

/** The layers that manage `layer`, by label. */
export function managedBy(arch: Architecture, layer: Layer): string[] {
  return arch.rows.flat().filter((l) => l.manages?.includes(layer.id)).map((l) => l.label);
}

/** A layer's details, as label and text pairs: what it is, who supplies it, drivers, trusted base, attack surface, management. */
export function layerFacts(arch: Architecture, layer: Layer): Array<[string, string]> {
  const byId = new Map(arch.rows.flat().map((l) => [l.id, l.label]));
  const facts: Array<[string, string]> = [
    ['What it is', layer.what],
    ['Supplied by', layer.supplier],
    ['Device drivers', `${layer.drivers ? 'Yes' : 'No'}${layer.driversNote ? `. ${layer.driversNote}` : ''}`],
    ['Trusted base', layer.trusted ? 'Yes: the guests depend on it' : 'No'],
    ['Attack surface', layer.attackSurface],
  ];
  const manages = (layer.manages ?? []).map((id) => byId.get(id)!);
  if (manages.length) facts.push(['Manages', manages.join(', ')]);
  const by = managedBy(arch, layer);
  if (by.length) facts.push(['Managed by', by.join(', ')]);
  if (layer.hindsight) facts.push(['When', 'After the note: hindsight, not part of its argument']);
  return facts;
}

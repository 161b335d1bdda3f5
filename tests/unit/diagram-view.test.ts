/** What the diagram islands ask of src/lib/diagrams: overlays, a layer's details, the comparison's URL, the SVG file. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import data from '../../content/data/architectures.json';
import { architecturesFileSchema } from '../../src/lib/diagrams/schema';
import { OVERLAY_KEYS, layerFacts, managedBy, overlayClasses, type OverlayKey } from '../../src/lib/diagrams/overlays';
import { DEFAULT_COMPARE, decodeCompare, encodeCompare } from '../../src/lib/diagrams/url-state';
import { standaloneSvg } from '../../src/lib/diagrams/svg-file';
import { architectureById } from '../../src/lib/diagrams/catalogue';

const { architectures } = architecturesFileSchema.parse(data);
const byId = (id: string) => architectures.find((a) => a.id === id)!;
const layer = (arch: string, id: string) => byId(arch).rows.flat().find((l) => l.id === id)!;
const IDS = architectures.map((a) => a.id);

describe('the island’s own copy of the diagrams', () => {
  it('is the checked data, defaults included, so the island draws what the schema allows', () => {
    for (const arch of architectures) expect(architectureById(arch.id)).toEqual(arch);
    expect(() => architectureById('no-such-diagram')).toThrow(/No architecture diagram/);
  });
});

describe('overlays and details', () => {
  it('marks drivers and the trusted base only when those overlays are on', () => {
    const dom0 = layer('independent-xen', 'dom0');
    expect(overlayClasses(dom0, new Set())).toEqual([]);
    expect(overlayClasses(dom0, new Set<OverlayKey>(['drivers', 'trusted']))).toEqual(['has-drivers', 'is-trusted']);
    // ESX keeps its drivers in the hypervisor, not the console OS: the note's point of difference.
    expect(overlayClasses(layer('vmware-esx', 'console-os'), new Set<OverlayKey>(['drivers']))).toEqual([]);
    expect(overlayClasses(layer('vmware-esx', 'esx'), new Set<OverlayKey>(['drivers']))).toEqual(['has-drivers']);
  });
  it('says what a layer is, who supplies it, its drivers, trust, attack surface and who manages it', () => {
    const facts = Object.fromEntries(layerFacts(byId('ibm-power'), layer('ibm-power', 'power-hypervisor')));
    expect(Object.keys(facts)).toEqual(['What it is', 'Supplied by', 'Device drivers', 'Trusted base', 'Attack surface', 'Managed by']);
    expect(facts['Managed by']).toBe('Console (HMC)');
    expect(managedBy(byId('vmware-esx'), layer('vmware-esx', 'guest-linux'))).toEqual(['Console OS']);
  });
});

describe('the comparison in the URL', () => {
  it('writes nothing for the default, and round-trips any choice', () => {
    expect(encodeCompare(DEFAULT_COMPARE)).toBe('');
    expect(encodeCompare({ left: 'hosted', right: 'vmware-esx', overlays: [] })).toBe('a=hosted&b=vmware-esx&ov=none');
    const state = fc.record({ left: fc.constantFrom(...IDS), right: fc.constantFrom(...IDS), overlays: fc.subarray(OVERLAY_KEYS) });
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeCompare(encodeCompare(s), IDS)).toEqual({ state: s, notices: [] });
      }),
    );
  });
  it('keeps what is valid in a hand-edited link and says what it ignored; never throws', () => {
    expect(decodeCompare('?a=mainframe&b=hosted&ov=drivers,x-ray', IDS)).toEqual({
      state: { left: 'os-embedded', right: 'hosted', overlays: ['drivers'] },
      notices: ['Ignored a=“mainframe”: no such diagram.', 'Ignored unknown overlays: “x-ray”.'],
    });
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { state } = decodeCompare(text, IDS);
        expect(IDS).toContain(state.left);
        expect(IDS).toContain(state.right);
      }),
    );
  });
});

describe('the SVG download', () => {
  it('declares the namespace, embeds its stylesheet first and drops the page’s interactive attributes', () => {
    const file = standaloneSvg('<svg viewBox="0 0 10 10" role="group"><title>Figure 1</title><g class="layer" tabindex="0" role="button" aria-pressed="false" data-layer="x"><rect class="box"/></g></svg>');
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>')).toBe(true);
    expect(file).toContain('<title>Figure 1</title>');
    expect(file).not.toMatch(/tabindex|role=|aria-pressed|data-layer/);
    expect(file).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});

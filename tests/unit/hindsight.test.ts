/** The hindsight data: every claim placed in the analysis, every event dated and sourced, every note linked. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '../../content/data/hindsight.json';
import { hindsightSchema } from '../../src/lib/content-schemas';
import { blocksById } from '../../src/lib/editions';
import sourcesData from '../../content/data/sources.json';
import { sourcesById, sourcesFileSchema } from '../../src/lib/sources';

const SOURCES = sourcesById(sourcesFileSchema.parse(sourcesData));

const H = hindsightSchema.parse(data);
const ANALYSIS = join(import.meta.dirname, '..', '..', 'content', 'analysis');
const parts = Object.fromEntries(readdirSync(ANALYSIS).map((f) => [f.replace(/\.mdx$/, ''), readFileSync(join(ANALYSIS, f), 'utf8')]));

describe('hindsight data', () => {
  it('dates and sources every event, with unique ids', () => {
    const ids = H.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of H.events) {
      expect(e.date, e.id).toMatch(/^\d{4}/);
      expect(Number(e.date.slice(0, 4)), e.id).toBeGreaterThanOrEqual(2005);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
    }
  });
  it('gives each verdict its events, all of which exist', () => {
    const ids = new Set(H.events.map((e) => e.id));
    for (const s of H.scorecard) for (const e of s.events) expect(ids.has(e), `${s.id} → ${e}`).toBe(true);
  });
  it('places each claim at a paragraph of the analysis that exists', () => {
    for (const s of H.scorecard) {
      const [slug, anchor] = s.where.split('#');
      expect(parts[slug], `${s.id}: no part ${slug}`).toBeDefined();
      expect(blocksById(parts[slug]).has(anchor), `${s.id}: no #${anchor} in ${slug}`).toBe(true);
    }
  });
  it('links every hindsight note in the analysis to a scorecard entry, and has one for every entry', () => {
    const entries = new Set(H.scorecard.map((s) => s.id));
    const used = new Set<string>();
    for (const [slug, source] of Object.entries(parts)) {
      for (const m of source.matchAll(/<Hindsight id="([^"]+)" entry="([^"]+)">/g)) {
        expect(entries.has(m[2]), `${slug}#${m[1]} names ${m[2]}`).toBe(true);
        used.add(m[2]);
      }
    }
    expect([...entries].filter((e) => !used.has(e))).toEqual([]);
  });
  it('has hindsight notes in every part of the analysis', () => {
    for (const [slug, source] of Object.entries(parts)) expect(source, slug).toMatch(/<Hindsight id="hs-/);
  });
});

/*
 * Issue 12, "Facts the site states itself": each corrected fact and verdict, pinned so a later
 * edit cannot quietly bring back the old, wrong version.
 */
const card = (id: string) => {
  const s = H.scorecard.find((c) => c.id === id);
  if (!s) throw new Error(`no scorecard entry ${id}`);
  return s;
};
const event = (id: string) => {
  const e = H.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const MANIFEST = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'citable-urls.json'), 'utf8'));
const EDITIONS = join(import.meta.dirname, '..', '..', 'content', 'editions');

describe('hindsight: the corrected facts and verdicts (issue 12)', () => {
  it('keeps every scorecard entry and event a published page or frozen edition links to', () => {
    const anchors: string[] = MANIFEST.pages['/hindsight/'];
    const ids = new Set([...H.scorecard.map((s) => s.id), ...H.events.map((e) => `event-${e.id}`), 'scorecard', 'timeline', 'events']);
    for (const a of anchors) expect(ids.has(a), a).toBe(true);
    for (const edition of readdirSync(EDITIONS, { withFileTypes: true }).filter((d) => d.isDirectory()))
      for (const f of readdirSync(join(EDITIONS, edition.name)))
        for (const m of readFileSync(join(EDITIONS, edition.name, f), 'utf8').matchAll(/entry="([^"]+)"/g))
          expect(H.scorecard.some((s) => s.id === m[1]), `${edition.name}/${f} → ${m[1]}`).toBe(true);
  });

  it('scores Xen’s bundling in Linux as it came true, and KVM displacing Xen as its own entry', () => {
    expect(card('xen-bundled-in-linux').verdict).toBe('came-true');
    expect(card('xen-bundled-in-linux').events).toEqual(['sles-10-xen', 'rhel-5-xen']);
    const kvm = card('kvm-displaces-xen');
    expect(kvm.verdict).toBe('partly');
    expect(kvm.where).toBe('building-into-the-os#p-linux-xen');
    expect(kvm.events).toEqual(expect.arrayContaining(['kvm-merged-tree', 'kvm-merged', 'rhel-6-kvm-only']));
  });

  it('dates KVM as merged in December 2006 and first released in Linux 2.6.20 (February 2007)', () => {
    expect(event('kvm-merged-tree').date).toBe('2006-12');
    expect(event('kvm-merged').date).toBe('2007-02-04');
    expect(event('kvm-merged').text).toContain('2.6.20');
    expect(card('kvm-displaces-xen').explanation).toMatch(/December 2006.*Linux 2\.6\.20 \(February 2007\)/);
    // Nowhere may the site say KVM was merged in February 2007 any more.
    for (const s of H.scorecard) expect(s.explanation, s.id).not.toMatch(/merged into (Linux|the kernel)[^.]*February 2007/);
  });

  it('scores Xen in Solaris as partly: Sun xVM shipped in SXDE 1/08 and OpenSolaris, never in Solaris 10', () => {
    const sun = card('xen-in-solaris');
    expect(sun.verdict).toBe('partly');
    expect(sun.events).toEqual(expect.arrayContaining(['sxde-1-08-xvm', 'opensolaris-2009-06-xvm', 'sun-solaris-10-xen-plan']));
    expect(sun.explanation).toMatch(/Solaris Express Developer Edition 1\/08/);
    expect(sun.explanation).toMatch(/2009\.06/);
    expect(sun.explanation).toMatch(/never reached the commercial Solaris 10/);
    expect(SOURCES[event('sxde-1-08-xvm').sources[0]].url).toBe('https://docs.oracle.com/cd/E19082-01/820-0724/ggdps/index.html');
  });

  it('has ESX Server 3i announced in September 2007 and shipped on servers from early 2008 as an option', () => {
    expect(event('esx-3i-announced').date).toBe('2007-09-10');
    expect(event('esx-3i-oem-ships').date).toMatch(/^2008-0[1-3]/);
    const servers = card('hypervisor-ships-with-servers');
    expect(servers.verdict).toBe('partly');
    expect(servers.explanation).toMatch(/as an option rather than as standard/);
    expect(servers.events).toContain('esx-3i-oem-ships');
  });

  it('shows AWS Nitro only as our analogy, never as evidence, in the server-shipped verdict', () => {
    const servers = card('hypervisor-ships-with-servers');
    expect(servers.events.filter((e) => e.startsWith('aws-'))).toEqual([]);
    expect(servers.analogies).toEqual(expect.arrayContaining(['aws-nitro', 'aws-nitro-own-platform']));
    expect(servers.explanation).toMatch(/Nitro is our analogy only, not evidence/);
    // No entry lists the same event both as evidence and as analogy.
    for (const s of H.scorecard) for (const a of s.analogies ?? []) expect(s.events, s.id).not.toContain(a);
    const ids = new Set(H.events.map((e) => e.id));
    for (const s of H.scorecard) for (const a of s.analogies ?? []) expect(ids.has(a), `${s.id} → ${a}`).toBe(true);
  });

  it('says the free products of 2006 were hosted and the bare-metal ones became free from 2007 to 2009', () => {
    const value = card('hardware-assist-cheapens-hypervisors');
    expect(value.explanation).toMatch(/free products of 2006 were hosted/);
    for (const id of ['virtual-server-free', 'vmware-server-free']) expect(event(id).date.slice(0, 4), id).toBe('2006');
    for (const id of ['kvm-merged', 'esxi-free', 'hyper-v-server-free', 'xenserver-free']) {
      expect(value.events, id).toContain(id);
      expect(Number(event(id).date.slice(0, 4)), id).toBeGreaterThanOrEqual(2007);
      expect(Number(event(id).date.slice(0, 4)), id).toBeLessThanOrEqual(2009);
    }
    expect(event('vmware-subscription-only').date).toBe('2023-12');
    expect(event('esxi-free-withdrawn').date).toBe('2024-02');
    expect(event('esxi-8-free-returns').date).toBe('2025-04-10');
  });

  it('says when VMware’s 85 percent was measured, and that it predates Hyper-V', () => {
    expect(event('vmware-share-85').date).toBe('2007-08');
    expect(event('vmware-share-85').date < event('hyper-v-final').date).toBe(true);
    expect(event('vmware-share-85').uncertain).toMatch(/before Hyper-V/);
    const pressed = card('os-hypervisors-press-independents');
    expect(pressed.explanation).toMatch(/August 2007, ten months before Hyper-V/);
    expect(pressed.events).toContain('idc-share-q2-2008');
    expect(pressed.uncertain).toBeTruthy();
  });

  it('restates the OS-embedded claim with the note’s hedge and without “squeeze”', () => {
    const pressed = card('os-hypervisors-press-independents');
    expect(pressed.claim).toMatch(/might well become the default for many/);
    for (const s of H.scorecard) expect(`${s.claim} ${s.explanation}`, s.id).not.toMatch(/squeez/i);
  });

  it('says VMware and AWS moved to minimal control software while Hyper-V and KVM kept a full OS in control', () => {
    const small = card('minimal-console-more-secure');
    expect(small.verdict).toBe('partly');
    expect(small.explanation).toMatch(/Hyper-V is run from a Windows parent partition/);
    expect(small.explanation).toMatch(/KVM makes a Linux host the hypervisor/);
    expect(small.events).toEqual(expect.arrayContaining(['vsphere-5-esxi-only', 'aws-nitro', 'viridian-windows-host', 'kvm-merged-tree']));
    expect(small.claim).toMatch(/fewer possible failure modes and points of attack/);
  });

  it('gives every event a confidence and at least one source that links to the original, or says why it cannot', () => {
    let linked = 0;
    for (const e of H.events) {
      expect(['high', 'medium', 'low'], e.id).toContain(e.confidence);
      const sources = e.sources.map((id) => SOURCES[id]);
      for (const [i, s] of sources.entries()) expect(s, `${e.id} cites unknown ${e.sources[i]}`).toBeDefined();
      if (sources.some((s) => s.url)) linked++;
      else expect(sources.every((s) => s.noLink), e.id).toBe(true);
    }
    // Every event has a source we could link (issue 16); those named only in the facts file say so beside them.
    expect(linked).toBe(H.events.length);
  });
});

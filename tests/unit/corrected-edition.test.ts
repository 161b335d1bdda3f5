/**
 * The December 2026 edition corrects the rework against the note (issue:
 * "A corrected edition"). Each test pins one correction in the text itself, so
 * a later edit that drops a restored hedge or moves a footnote back fails
 * here, and checks that the changelog explains every reworded block.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionsSchema } from '../../src/lib/content-schemas';
import { blocksById, rewordedIds } from '../../src/lib/editions';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const slugs = readdirSync(join(CONTENT, 'analysis')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const source = (slug: string) => readFileSync(join(CONTENT, 'analysis', `${slug}.mdx`), 'utf8');
const frozen = (slug: string) => readFileSync(join(CONTENT, 'editions', '2026-11', `${slug}.mdx`), 'utf8');
/** The raw source line of a paragraph or footnote (with its footnote marks). */
const line = (slug: string, id: string) => {
  const marker = id.startsWith('note-') ? `[^${id}]: ` : `[#${id}] `;
  const found = source(slug).split('\n').find((l) => l.startsWith(marker));
  if (!found) throw new Error(`${slug} has no ${marker}`);
  return found.slice(marker.length);
};
/** Wording without footnote marks. */
const text = (slug: string, id: string) => blocksById(source(slug)).get(id) ?? '';
const editions = editionsSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'editions.json'), 'utf8')));

describe('the corrected edition is published as a new edition', () => {
  it('keeps the November 2026 text frozen and makes December 2026 current', () => {
    expect(editions.map((e) => e.id)).toEqual(['2026-11', '2026-12']);
    for (const slug of slugs) expect(frozen(slug)).toContain('---\npart:');
  });

  it('lists every reworded paragraph, footnote and box in the changelog with a reason, and nothing that is not there', () => {
    const listed = editions.at(-1)!.reworded ?? [];
    for (const slug of slugs) {
      const changed = rewordedIds(blocksById(frozen(slug)), blocksById(source(slug)));
      const explained = listed.filter((r) => r.part === slug).map((r) => r.id);
      expect(changed.filter((id) => !explained.includes(id)), `${slug}: reworded without a changelog entry`).toEqual([]);
      const current = blocksById(source(slug));
      expect(explained.filter((id) => !current.has(id)), `${slug}: changelog entries for blocks that do not exist`).toEqual([]);
    }
  });
});

describe('footnotes say what the note says, where the note puts it', () => {
  it('footnote 3 gives the source as a link, and our description of the post is marked as ours', () => {
    const fn = line('building-into-the-os', 'note-3');
    expect(fn).toMatch(/^virtualization\.info, April 2005, \[[^\]]+\]\(https:\/\/virtualization\.info\/en\/news\/2005\/04\/microsoft-will-not-embed\.html\)/);
    expect(fn).toMatch(/<Ed>[^<]*Longhorn[^<]*hardware would not be ready[^<]*<\/Ed>/);
    // The invented summary said Microsoft would not embed virtualization at all.
    expect(fn).not.toContain('would not embed virtualization in Windows');
  });

  it('footnote 5 follows the outsider’s management software, not the end of the sentence', () => {
    expect(line('building-into-the-os', 'p-outside-hypervisor')).toMatch(/management software,\[\^note-5\] and /);
  });

  it('footnote 8 follows the licence-cost point', () => {
    expect(line('maintaining-independence', 'p-one-hypervisor-or-two')).toMatch(/licenses\[\^note-8\]/);
  });

  it('footnote 10: the appliance carries the OS its application needs, not the reverse', () => {
    const fn = line('conclusion', 'note-10');
    expect(fn).toMatch(/application’s components travel together with the operating system they need/);
    expect(fn).not.toMatch(/components that depend on it/);
  });

  it('footnote 4 has no gloss of ours', () => {
    expect(line('building-into-the-os', 'note-4')).not.toMatch(/On Solaris Containers/);
  });

  it('footnote 2: native hypervisors are the note’s chief subject, not its only one', () => {
    expect(line('why-it-matters', 'note-2')).toMatch(/chiefly about native hypervisors/);
  });

  it('footnote 2 annotates “x86 servers”', () => {
    expect(line('why-it-matters', 'p-which-layer')).toMatch(/x86 servers, the volume end of the market\.\[\^note-2\]/);
  });
});

describe('claims keep the note’s own strength', () => {
  it('an embedded hypervisor is tied to its OS, even to particular versions: categorical', () => {
    expect(text('maintaining-independence', 'p-bound-to-one-os')).toMatch(/bound to its operating system, and even to particular versions/);
    expect(text('maintaining-independence', 'p-bound-to-one-os')).not.toMatch(/\boften\b/);
  });
  it('mixed servers “may not be that common”, after a nod that shops do not buy on principle', () => {
    const t = text('maintaining-independence', 'p-mixed-shops');
    expect(t).toMatch(/may not be all that common/);
    expect(t.indexOf('principle')).toBeLessThan(t.indexOf('may not'));
  });
  it('licence cost and separate management are “likely”', () => {
    expect(text('maintaining-independence', 'p-one-hypervisor-or-two').match(/\blikely\b/g)).toHaveLength(2);
  });
  it('a minimal console is not claimed better in itself, only fewer failure modes and attack points', () => {
    const t = text('the-independents', 'p-console-size');
    expect(t).toMatch(/not better merely for being small/);
    expect(t).toMatch(/fewer possible ways to fail and fewer points/);
  });
  it('chip support: hypervisors lose value especially with it; control follows over time, absent standard interfaces', () => {
    const t = text('building-into-the-os', 'p-control');
    expect(t).toMatch(/all the more so as Intel’s VT/);
    expect(t).toMatch(/no standard programming interfaces.*tends, over time, to control/);
  });
  it('VMware too argues its own interest, and ESX’s price will fall (certain)', () => {
    const t = text('the-independents', 'p-vmware-motives');
    expect(t).toMatch(/like the OS vendors, it argues from its own interest/);
    expect(t).toMatch(/whose price will fall over time/);
    expect(t).not.toMatch(/sound/);
  });
  it('the step from CPU to virtual machines is the note’s gloss, not Allchin’s', () => {
    expect(text('building-into-the-os', 'p-natural-extension')).toMatch(/the note’s own gloss takes it from there/);
  });
  it('ESX’s hypervisor handles resource management, networking and device I/O that Xen delegates to Dom0; no claim that Dom0 schedules', () => {
    const t = text('the-independents', 'p-esx-design');
    expect(t).toMatch(/such as resource management, the virtual network and device I\/O, that Xen delegates to Dom0/);
    expect(t).not.toMatch(/schedules resources on its own|leaves all three jobs/);
    expect(t).toMatch(/<Ed>Xen’s CPU scheduler itself runs in the hypervisor/);
  });
  it('the console handles only fairly basic start-up and management', () => {
    expect(text('the-independents', 'p-power-parallel')).toMatch(/fairly basic start-up and management/);
  });
  it('the sub-clauses the earlier text dropped are back', () => {
    expect(text('building-into-the-os', 'p-linux-xen')).toMatch(/Commercial and community distributions/);
    expect(text('maintaining-independence', 'p-rival-guests')).toMatch(/wholehearted enough/);
    expect(text('conclusion', 'p-horizon')).toMatch(/the choice may not matter much/);
  });
  it('the note poses two homes, the second perhaps shipped with the hardware, not three equal ones', () => {
    const t = text('why-it-matters', 'p-which-layer');
    expect(t).toMatch(/two broad answers/);
    expect(t).toMatch(/In the second case .* or perhaps, some day, from the system makers/);
  });
  it('hedges the earlier text kept are still there', () => {
    expect(text('building-into-the-os', 'p-not-only-home')).toMatch(/may well/);
    expect(text('conclusion', 'p-end-goals')).toMatch(/or even years/);
  });
});

describe('hindsight in the parts states the corrected facts', () => {
  const box = (slug: string, id: string) => blocksById(source(slug)).get(id) ?? '';
  it('Sun did ship Xen as xVM in Solaris Express and OpenSolaris, never in Solaris 10 (as the scorecard’s sources say)', () => {
    const t = box('building-into-the-os', 'hs-xen-solaris');
    expect(t).toMatch(/^Partly\./);
    expect(t).toMatch(/Solaris Express Developer Edition 1\/08/);
    expect(t).toMatch(/OpenSolaris releases up to 2009\.06/);
    expect(t).toMatch(/never reached the commercial Solaris 10/);
  });
  it('KVM: first released in Linux 2.6.20 (February 2007), in its own note', () => {
    expect(box('building-into-the-os', 'hs-kvm-displaces-xen')).toMatch(/first released in Linux 2\.6\.20 \(February 2007\)/);
    expect(box('building-into-the-os', 'hs-xen-in-linux')).toMatch(/came true as stated/);
  });
  it('ESX Server 3i: announced September 2007, on OEM servers from early 2008, as an option', () => {
    for (const [slug, id] of [['why-it-matters', 'hs-all-three-homes'], ['maintaining-independence', 'hs-hypervisor-in-server']]) {
      const t = box(slug, id);
      expect(t).toMatch(/September 2007/);
      expect(t).toMatch(/from early 2008/);
      expect(t).toMatch(/as an option rather than a standard/);
    }
  });
  it('AWS Nitro is our analogy, never evidence that server makers ship hypervisors', () => {
    for (const [slug, id] of [['why-it-matters', 'hs-all-three-homes'], ['maintaining-independence', 'hs-hypervisor-in-server']]) {
      expect(box(slug, id)).toMatch(/our analogy/);
    }
  });
  it('free hypervisors: hosted in 2006, bare-metal 2007 to 2009; Broadcom’s reversal dated', () => {
    const t = box('building-into-the-os', 'hs-hypervisor-value');
    expect(t).toMatch(/free products of 2006 were hosted ones/);
    expect(t).toMatch(/between 2007 and 2009/);
    expect(t).toMatch(/December 2023.*February 2024.*April 2025/);
  });
  it('VMware’s 85 percent is dated August 2007, before Hyper-V, with what it cannot show', () => {
    for (const [slug, id] of [['building-into-the-os', 'hs-independents-pressed'], ['conclusion', 'hs-bundled-default']]) {
      const t = box(slug, id);
      expect(t).toMatch(/August 2007, before Hyper-V shipped/);
      expect(t).toMatch(/cannot show|not how VMware fared/);
    }
  });
  it('minimal consoles: VMware and AWS did, Hyper-V and KVM kept a full OS in control', () => {
    const t = box('the-independents', 'hs-small-console');
    expect(t).toMatch(/VMware dropped the service-console ESX/);
    expect(t).toMatch(/Hyper-V, controlled from a Windows parent partition, and KVM, whose host is Linux itself, kept a full operating system in charge/);
  });
  it('§5’s hindsight note follows the note’s turn to mixed shops, not before it', () => {
    const s = source('conclusion');
    expect(s.indexOf('<Hindsight id="hs-bundled-default"')).toBeGreaterThan(s.indexOf('[#p-mixed-shops]'));
  });
});

/**
 * Schema of content/data/architectures.json: the six architecture diagrams
 * (hosted, OS-embedded, independent Xen, VMware ESX, IBM POWER, shipped with
 * the server). Zod only, so tests and the layout can use it without Astro.
 */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const LAYER_KINDS = [
  'hardware',
  'firmware',
  'hypervisor',
  'host-os',
  'control',
  'virtualization-app',
  'guest',
  'management',
  'offload',
] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

/**
 * Where a diagram's content comes from. One of:
 * - `{ note }`: a paragraph, heading or footnote of the analysis, "<part slug>#<anchor>"
 *   (footnotes as "<slug>#fn-note-<n>", keeping the note's numbering);
 * - `{ event }`: a dated fact on /hindsight/ (an event id in hindsight.json).
 */
export const diagramSourceSchema = z.union([
  z.object({ note: z.string().regex(/^[a-z0-9-]+#[a-z][a-z0-9-]*$/) }).strict(),
  z.object({ event: slug }).strict(),
]);
export type DiagramSource = z.infer<typeof diagramSourceSchema>;

export const layerSchema = z
  .object({
    /** Unique within its diagram; the layout's box id is "<architecture id>-<layer id>". */
    id: slug,
    /** What the box says: short (at most 28 characters) so it wraps to few lines on a phone. */
    label: z.string().min(2).max(28),
    /** What sort of layer it is; decides colour and the order checks in the tests. */
    kind: z.enum(LAYER_KINDS),
    /** Relative width within its row (a weight, not px): a box with span 2 is twice as wide as one with span 1. */
    span: z.number().positive().max(6).default(1),
    /** Who supplies it, in a few words ("VMware", "the server maker"). */
    supplier: z.string().min(2).max(80),
    /** One sentence, in our words, on what the layer is. */
    what: z.string().min(10).max(240),
    /** True when it holds the drivers for the physical devices, as far as the sources say; false when they put them elsewhere or say nothing (driversNote then says so). */
    drivers: z.boolean(),
    /** A qualification of `drivers`: whose drivers, or that the sources are silent. */
    driversNote: z.string().min(10).max(200).optional(),
    /** True when the guests must rely on it: part of the trusted computing base (hardware, firmware, hypervisor, host or controlling OS, a console that controls the hypervisor). Never a guest. */
    trusted: z.boolean(),
    /** One sentence on what it adds to the attack surface, kept to what the note argues (a bigger console OS is harder to secure) or plain architecture. */
    attackSurface: z.string().min(10).max(240),
    /** Ids of layers it manages (starts, controls or administers), for the "who manages it" overlay. */
    manages: z.array(slug).min(1).optional(),
    /** True when it sits outside the server (IBM's HMC): drawn in a column to the right, level with its row. */
    outside: z.boolean().optional(),
    /** True for an element that only appeared after the note (May 2006); drawn as hindsight. */
    hindsight: z.boolean().optional(),
  })
  .strict();
export type Layer = z.infer<typeof layerSchema>;

export const architectureSchema = z
  .object({
    /** Stable id: anchor #arch-<id> and the key the React side looks diagrams up by. */
    id: slug,
    /** Reading order, 1 to 6, shown as "Figure n". */
    number: z.number().int().min(1).max(6),
    /** Figure title. */
    title: z.string().min(5).max(60),
    /** One sentence of our own under the figure: what the note describes, as of May 2006. */
    caption: z.string().min(20).max(220),
    /**
     * Hindsight in the caption (what happened after May 2006, and our analogies), shown after the
     * caption with a hindsight label and hidden with the other hindsight notes by "Hide hindsight notes".
     */
    captionHindsight: z.string().min(20).max(220).optional(),
    /** The same information as the picture, for screen readers: layers bottom to top, where the drivers live, what is in the trusted base, who manages it. */
    description: z.string().min(200).max(1400),
    /** Products built this way, as the note (or, marked as later, the hindsight facts) names them. */
    examples: z.array(z.string().min(2)).min(1),
    /** Slug of the analysis part where the figure belongs. */
    part: z.enum(['why-it-matters', 'building-into-the-os', 'maintaining-independence', 'the-independents', 'conclusion']),
    /** What the figure rests on; every source must resolve (a test checks). */
    sources: z.array(diagramSourceSchema).min(1),
    /** The stack, bottom row first (hardware) to top row last; within a row, left to right. */
    rows: z.array(z.array(layerSchema).min(1)).min(2),
  })
  .strict()
  .superRefine((arch, ctx) => {
    const layers = arch.rows.flat();
    const ids = new Set<string>();
    for (const l of layers) {
      if (ids.has(l.id)) ctx.addIssue({ code: 'custom', message: `layer id ${l.id} repeated in ${arch.id}` });
      ids.add(l.id);
    }
    for (const l of layers) {
      for (const m of l.manages ?? []) if (!ids.has(m)) ctx.addIssue({ code: 'custom', message: `${arch.id}: ${l.id} manages unknown ${m}` });
    }
    // The layout puts hardware lowest and draws one outside box per row beside the server; rows must keep something inside it.
    if (!arch.rows[0].some((l) => l.kind === 'hardware')) ctx.addIssue({ code: 'custom', message: `${arch.id}: the bottom row must hold the hardware` });
    arch.rows.forEach((row, i) => {
      if (i > 0 && row.some((l) => l.kind === 'hardware')) ctx.addIssue({ code: 'custom', message: `${arch.id}: hardware only in the bottom row` });
      if (row.filter((l) => l.outside).length > 1) ctx.addIssue({ code: 'custom', message: `${arch.id}: at most one outside layer per row` });
      if (row.every((l) => l.outside)) ctx.addIssue({ code: 'custom', message: `${arch.id}: row ${i} has nothing inside the server` });
    });
    for (const l of layers) if (l.kind === 'guest' && l.trusted) ctx.addIssue({ code: 'custom', message: `${arch.id}: guest ${l.id} cannot be trusted base` });
  });
export type Architecture = z.infer<typeof architectureSchema>;

export const architecturesFileSchema = z
  .object({
    /** Explains the file to whoever opens it. */
    $comment: z.string().optional(),
    /** The six diagrams, in reading order. */
    architectures: z.array(architectureSchema).length(6),
  })
  .strict();
export type ArchitecturesFile = z.infer<typeof architecturesFileSchema>;

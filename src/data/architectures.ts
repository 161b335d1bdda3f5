/** The architecture diagrams (content/data/architectures.json), checked at build time, with their sources resolved. */
import data from '../../content/data/architectures.json';
import { architecturesFileSchema } from '../lib/diagrams/schema';
import { resolveSource } from '../lib/source-refs';
import { sourceContext } from './source-context';

export const ARCHITECTURES = architecturesFileSchema.parse(data).architectures;

export function architecture(id: string) {
  const arch = ARCHITECTURES.find((a) => a.id === id);
  if (!arch) throw new Error(`No architecture diagram "${id}" (content/data/architectures.json)`);
  return arch;
}

/** A diagram's sources as labels and site paths; throws on one that does not resolve. */
export async function architectureSources(id: string) {
  const ctx = await sourceContext();
  return architecture(id).sources.map((s) => resolveSource(s, ctx));
}

/** content/data/sources.json, checked at build time: a bad entry fails the build (schema: src/lib/sources.ts). */
import sourcesFile from '../../content/data/sources.json';
import { sourceById, sourcesById, sourcesFileSchema, type Source } from '../lib/sources';

export const SOURCES_FILE = sourcesFileSchema.parse(sourcesFile);
export const SOURCES = sourcesById(SOURCES_FILE);

/** The source with this id; an unknown id fails the build, naming the data that asked for it. */
export function source(id: string, usedBy: string): Source {
  return sourceById(SOURCES, id, usedBy);
}

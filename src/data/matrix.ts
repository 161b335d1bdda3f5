/**
 * The comparison matrix, built at build time from content/data/matrix.json,
 * the note's table and the hindsight events; any missing cell or unresolved
 * source fails the build (see src/lib/matrix/model.ts).
 */
import { getCollection } from 'astro:content';
import data from '../../content/data/matrix.json';
import { matrixDataSchema } from '../lib/content-schemas';
import { buildMatrix } from '../lib/matrix/model';
import { sourceContext } from './source-context';

export async function loadMatrix() {
  const noteTable = (await getCollection('noteTable')).map((entry) => entry.data);
  return buildMatrix(matrixDataSchema.parse(data), noteTable, await sourceContext());
}

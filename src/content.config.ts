/**
 * Content collections. The analysis lives in content/analysis/*.mdx (one file
 * per part of the note); typed data lives in content/data/.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { analysisPartSchema, noteTableRowSchema } from './lib/content-schemas';

const analysis = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/analysis' }),
  schema: analysisPartSchema,
});

/** The note's one table, restated row by row (content/data/note-table.json). */
const noteTable = defineCollection({
  loader: file('./content/data/note-table.json'),
  schema: noteTableRowSchema,
});

export const collections = { analysis, noteTable };

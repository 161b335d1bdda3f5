/**
 * Content collections. The analysis lives in content/analysis/*.mdx (one file
 * per part of the note); past editions' frozen copies in
 * content/editions/<id>/*.mdx; typed data in content/data/. CONTENT_DIR
 * points all of it at another folder (see src/lib/content-dir.ts).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { analysisPartSchema, noteTableRowSchema } from './lib/content-schemas';
import { contentDir } from './lib/content-dir';

const root = contentDir();

const analysis = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/analysis` }),
  schema: analysisPartSchema,
});

/** Frozen copies of past editions; entry ids are "<edition>/<slug>". */
const archivedAnalysis = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/editions` }),
  schema: analysisPartSchema,
});

/** The note's one table, restated row by row (content/data/note-table.json). */
const noteTable = defineCollection({
  loader: file(`${root}/data/note-table.json`),
  schema: noteTableRowSchema,
});

export const collections = { analysis, archivedAnalysis, noteTable };

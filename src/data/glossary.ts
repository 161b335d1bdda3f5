/** The glossary (content/data/glossary.json), checked at build time. */
import data from '../../content/data/glossary.json';
import { glossaryFileSchema } from '../lib/glossary/schema';

export const GLOSSARY = glossaryFileSchema.parse(data).terms;

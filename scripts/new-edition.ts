/**
 * npm run edition -- <new-id> "<label>" "<change>" [more changes...]
 *
 * Starts a new edition: freezes today's text of the analysis as the current
 * edition (content/editions/<current-id>/), then lists the new edition in
 * content/editions.json as current. Edit content/analysis/ afterwards; the
 * site will show, beside every reworded paragraph, its earlier wording.
 * CONTENT_DIR chooses another content folder (the editions test uses one).
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/lib/content-dir';
import { editionSchema, editionsSchema } from '../src/lib/content-schemas';
import { currentEdition, editionProblems } from '../src/lib/editions';

const [id, label, ...changes] = process.argv.slice(2);
const root = contentDir();
const file = join(root, 'editions.json');
const editions = editionsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const outgoing = currentEdition(editions);
const next = editionSchema.safeParse({ id, label, published: new Date().toISOString().slice(0, 10), changes });
if (!next.success) {
  console.error(`usage: npm run edition -- <id like 2027-03> "<label like March 2027 edition>" "<what changed>"\n${next.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  process.exit(2);
}
const frozen = join(root, 'editions', outgoing.id);
if (existsSync(frozen)) {
  console.error(`${frozen} already exists: edition ${outgoing.id} was frozen before.`);
  process.exit(2);
}
const all = [...editions, next.data];
const problems = editionProblems(all);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(2);
}
cpSync(join(root, 'analysis'), frozen, { recursive: true });
writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
console.log(`Froze ${outgoing.label} in ${frozen}; ${next.data.label} is now current. Edit ${join(root, 'analysis')} and run npm run manifest.`);

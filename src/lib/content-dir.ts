/**
 * Where the content lives: content/ by default; CONTENT_DIR points the build
 * at another folder (the editions test builds a fixture with two editions).
 */
import { resolve } from 'node:path';

export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CONTENT_DIR || 'content');
}

#!/usr/bin/env node
// npm run build: the production build. It must know the published origin (site.config.json "origin", or
// SITE_URL for this build): astro.config.mjs refuses otherwise, since every citation would name the local
// preview. `--local-preview` (npm start) builds for http://127.0.0.1:4321 explicitly.
import { spawnSync } from 'node:child_process';

const local = process.argv.includes('--local-preview');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(local ? { LOCAL_PREVIEW: '1' } : { PRODUCTION_BUILD: '1' }) };
const result = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);

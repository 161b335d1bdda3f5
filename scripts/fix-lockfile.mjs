#!/usr/bin/env node
// Makes package-lock.json acceptable to `npm ci` on these machines.
//
// Why: the npm registry reachable here lacks other platforms' optional binary
// packages (@pagefind/darwin-arm64, @rollup/rollup-win32-x64-msvc, ...), so
// `npm install` leaves them out of the lockfile, and `npm ci` then refuses the
// lockfile ("Missing: ... from lock file"). For every optional dependency that
// is declared but absent, this adds a stub entry carrying the platform (os,
// cpu) read from the package name, so npm skips it on other platforms without
// fetching. See ../shared/research/toolchain-facts.md, gotcha 1.
// Re-run after any change to the lockfile: `npm run fix-lockfile`.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const OS = { darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd', android: 'android', openbsd: 'openbsd', netbsd: 'netbsd', sunos: 'sunos', aix: 'aix', openharmony: 'openharmony' };
const CPU = ['x64', 'arm64', 'arm', 'ia32', 'ppc64', 'riscv64', 's390x', 'loong64', 'mips64el', 'wasm32'];

/** Reads the platform a binary package is for from its name, e.g. "rollup-linux-arm64-musl". */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.find((p) => CPU.includes(p) || p === 'arm64ec' || p === 'armv7' || p === 'gnueabihf');
  const stub = {};
  if (os) stub.os = [os];
  if (cpu) stub.cpu = [cpu === 'armv7' || cpu === 'gnueabihf' ? 'arm' : cpu === 'arm64ec' ? 'arm64' : cpu];
  if (parts.includes('musl')) stub.libc = ['musl'];
  else if (os === 'linux' && parts.includes('gnu')) stub.libc = ['glibc'];
  return stub;
}

const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? path + '/' : ''}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    const version = String(range).replace(/^[\^~=]/, '');
    lock.packages[`node_modules/${name}`] = { version, optional: true, ...platformOf(name) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(`fix-lockfile: added ${added} stub entr${added === 1 ? 'y' : 'ies'} for other platforms' optional packages`);

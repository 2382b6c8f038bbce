// What the browser test needs, from its environment (see dashboard.test.mjs),
// and why it cannot run when something is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dyad = process.env.DYAD ? resolve(process.env.DYAD) : null;
export const web = resolve(process.env.DYAD_WEB ?? (dyad ? join(dirname(dyad), 'web') : join(repo, 'build', 'web')));
export const examples = resolve(process.env.DYAD_EXAMPLES ?? join(repo, 'examples', 'articles.jsonl'));
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

// playwright-core as installed by `npm ci` in web/, or null.
export function playwrightEntry() {
  try {
    return createRequire(join(repo, 'web', 'package.json')).resolve('playwright-core');
  } catch {
    return null;
  }
}

// Why the test cannot run here, or null.
export function missing() {
  if (!dyad) return 'DYAD (the dyad executable) is not set';
  if (!existsSync(dyad)) return `no dyad executable at ${dyad}`;
  const help = spawnSync(dyad, ['--help'], { encoding: 'utf8' }).stdout ?? '';
  if (!/^\s+serve\s/m.test(help)) return `${dyad} has no serve command`;
  if (!existsSync(join(web, 'index.html'))) return `no built dashboard at ${web} (npm ci in web/, then build)`;
  if (!existsSync(examples)) return `no examples at ${examples}`;
  if (!existsSync(chromiumPath)) return `no browser at ${chromiumPath} (Debian package chromium)`;
  if (!playwrightEntry()) return 'playwright-core is not installed (npm ci in web/)';
  return null;
}

// CTest's entry to the browser test: exits 77 (CTest's SKIP_RETURN_CODE)
// with the reason when something it needs is missing, else runs it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missing } from './prerequisites.mjs';

const test = join(dirname(fileURLToPath(import.meta.url)), 'dashboard.test.mjs');
const reason = missing();
if (reason) {
  console.log(`web dashboard test skipped: ${reason}`);
  process.exit(77);
}
const run = spawnSync(process.execPath, ['--test', test], { stdio: 'inherit' });
process.exit(run.status ?? 1);

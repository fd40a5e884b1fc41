// Builds the unit tests and runs them with node's test runner.
// Usage: node scripts/run-tests.mjs            all unit tests (the .vsix test skips if there is no .vsix)
//        node scripts/run-tests.mjs --package  only the .vsix test, and a missing .vsix fails it
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageOnly = process.argv.includes('--package');

// The smoke test loads the real bundle, so build it too (unless only the .vsix is being checked).
for (const args of packageOnly ? [['--tests']] : [[], ['--tests']]) {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), ...args], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dir = join(root, 'out', 'test');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.js'))
  .filter((f) => !packageOnly || f === 'package.test.js')
  .map((f) => join(dir, f));

const env = { ...process.env };
if (packageOnly) env.CLOSELINT_REQUIRE_VSIX = '1';
const run = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit', env, cwd: root });
process.exit(run.status ?? 1);

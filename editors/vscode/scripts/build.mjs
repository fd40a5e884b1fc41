// Bundles the extension (dist/extension.js) or, with --tests, the unit tests (out/test/*.test.js).
// Usage: node scripts/build.mjs [--tests] [--dev]
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tests = process.argv.includes('--tests');
const dev = process.argv.includes('--dev');

if (tests) {
  const entryPoints = readdirSync(join(root, 'test'))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(root, 'test', f));
  rmSync(join(root, 'out'), { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: join(root, 'out', 'test'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    packages: 'external',
    logLevel: 'warning',
  });
} else {
  await esbuild.build({
    entryPoints: [join(root, 'src', 'extension.ts')],
    outfile: join(root, 'dist', 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // VS Code 1.91 runs extensions on Node 20 (Electron 29).
    target: 'node20',
    external: ['vscode'],
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    logLevel: 'warning',
    metafile: false,
  });
  console.log(`built ${join('dist', 'extension.js')}${dev ? ' (dev)' : ''}`);
}

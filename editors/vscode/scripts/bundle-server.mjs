// Publishes the CloseLint CLI (which hosts `closelint lsp`) into ./server so the .vsix can carry it.
// The result is framework-dependent and portable (closelint.dll, no native app host): users need the
// .NET 10 runtime, and the extension runs it as `dotnet server/closelint.dll lsp`.
//
// Usage: npm run bundle-server [-- --strict]
// Without dotnet this prints what to do and exits 0 (so scripted packaging still works, just without
// a bundled server); with --strict it exits 1 instead.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const strict = process.argv.includes('--strict');
const project = join(root, '..', '..', 'src', 'CloseLint.Cli');
const outDir = join(root, 'server');

function giveUp(message) {
  console.error(`bundle-server: ${message}`);
  console.error('bundle-server: the extension will be packaged WITHOUT a bundled server; it will then use');
  console.error('  `closelint` from PATH or the "closelint.server.path" setting.');
  process.exit(strict ? 1 : 0);
}

const probe = spawnSync('dotnet', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
if (probe.error || probe.status !== 0) {
  giveUp('the .NET SDK (`dotnet`) was not found on PATH. Install the .NET 10 SDK from ' +
    'https://dotnet.microsoft.com/download/dotnet/10.0 and run `npm run bundle-server` again.');
}
if (!existsSync(join(project, 'CloseLint.Cli.csproj'))) {
  giveUp(`the CLI project was not found at ${project}.`);
}

console.log(`bundle-server: dotnet ${probe.stdout.trim()}; publishing ${relative(root, project)} to ./server`);
rmSync(outDir, { recursive: true, force: true });
const publish = spawnSync('dotnet', [
  'publish', project,
  '-c', 'Release',
  '-o', outDir,
  '--self-contained', 'false',
  '-p:UseAppHost=false',
  // The bundled server is the portable, JIT-compiled one; the installed .NET tool is the native build.
  '-p:PublishAot=false',
  '-nologo',
], { stdio: 'inherit', shell: process.platform === 'win32' });
if (publish.error || publish.status !== 0) {
  console.error(`bundle-server: \`dotnet publish\` failed (exit ${publish.status ?? publish.error?.message}).`);
  process.exit(1);
}
if (!existsSync(join(outDir, 'closelint.dll'))) {
  console.error('bundle-server: the publish output has no closelint.dll; was the assembly renamed?');
  process.exit(1);
}
console.log('bundle-server: done: server/closelint.dll. `npm run package` will include it.');

// Opens the packaged .vsix (a zip) and checks what VS Code will install. Runs inside `npm test`
// when a .vsix exists (skips otherwise); `npm run test:package` requires one.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as yauzl from 'yauzl';
import { EXTENSION_ROOT } from './support/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, 'package.json'), 'utf8'));
const vsixPath = path.join(EXTENSION_ROOT, `${pkg.name}-${pkg.version}.vsix`);
const required = process.env.CLOSELINT_REQUIRE_VSIX === '1';
const present = fs.existsSync(vsixPath);

/** Every entry name and the text of the entries whose names pass `want`. */
function readZip(file: string, want: (name: string) => boolean): Promise<{ names: string[]; texts: Map<string, string> }> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const names: string[] = [];
      const texts = new Map<string, string>();
      zip.on('error', reject);
      zip.on('end', () => resolve({ names, texts }));
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        if (!want(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            texts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

describe(`packaged ${path.basename(vsixPath)}`, { skip: !present && !required ? 'no .vsix yet: run `npm run package`' : false }, () => {
  it('exists', () => {
    assert.ok(present, `${vsixPath} is missing: run \`npm run package\` first`);
  });

  it('declares the settings, commands and language in extension/package.json and ships extension/dist/extension.js', async () => {
    const { names, texts } = await readZip(vsixPath, (n) => n === 'extension/package.json' || n === 'extension/dist/extension.js');
    assert.ok(names.includes('extension/dist/extension.js'), 'dist/extension.js is in the package');
    assert.ok(names.includes('extension.vsixmanifest'));
    const manifest = JSON.parse(texts.get('extension/package.json') ?? '{}');
    const props = Object.keys(manifest.contributes?.configuration?.properties ?? {});
    for (const key of ['closelint.speakingRateWpm', 'closelint.summaryMaxSeconds', 'closelint.severity', 'closelint.extraGimmickPhrases',
      'closelint.extraHedgePhrases', 'closelint.server.path', 'closelint.trace.server', 'closelint.enableFor']) {
      assert.ok(props.includes(key), `${key} declared`);
    }
    assert.deepEqual(manifest.contributes.commands.map((c: { command: string }) => c.command).sort(),
      ['closelint.explain', 'closelint.insertTemplate', 'closelint.restartServer']);
    assert.ok(manifest.contributes.languages.some((l: { id: string }) => l.id === 'closing-script'));
    const bundle = texts.get('extension/dist/extension.js') ?? '';
    assert.ok(bundle.length > 10_000, 'the bundle includes vscode-languageclient');
    assert.match(bundle, /require\(["']vscode["']\)/, 'vscode stays external');
  });

  it('carries the grammar, README and LICENSE, and no sources, tests or node_modules', async () => {
    const { names } = await readZip(vsixPath, () => false);
    for (const n of ['extension/syntaxes/closing-script.tmLanguage.json', 'extension/language-configuration.json',
      'extension/readme.md', 'extension/LICENSE.txt']) {
      assert.ok(names.some((x) => x.toLowerCase() === n.toLowerCase()), `${n} in ${names.join(', ')}`);
    }
    for (const bad of ['extension/src/', 'extension/test/', 'extension/out/', 'extension/node_modules/', 'extension/scripts/']) {
      assert.ok(!names.some((x) => x.startsWith(bad)), `${bad} must not be packaged`);
    }
    const bundledServer = fs.existsSync(path.join(EXTENSION_ROOT, 'server', 'closelint.dll'));
    assert.equal(names.includes('extension/server/closelint.dll'), bundledServer,
      bundledServer ? 'the bundled server is packaged' : 'no server is packaged when none was bundled');
  });
});

// Checks package.json against the code and the docs, so a renamed setting or command cannot slip by.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { EXTENSION_ROOT } from './support/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, 'package.json'), 'utf8'));
const read = (p: string) => fs.readFileSync(path.join(EXTENSION_ROOT, p), 'utf8');

export const EXPECTED_SETTINGS: Record<string, unknown> = {
  'closelint.speakingRateWpm': 150,
  'closelint.summaryMaxSeconds': 30,
  'closelint.severity': {},
  'closelint.extraGimmickPhrases': '',
  'closelint.extraHedgePhrases': '',
  'closelint.enableFor': ['closing-script'],
  'closelint.server.path': '',
  'closelint.trace.server': 'off',
};

describe('package.json', () => {
  it('declares every setting with a description and the documented default', () => {
    const props = pkg.contributes.configuration.properties;
    assert.deepEqual(Object.keys(props).sort(), Object.keys(EXPECTED_SETTINGS).sort());
    for (const [key, def] of Object.entries(EXPECTED_SETTINGS)) {
      assert.ok(props[key].description || props[key].markdownDescription, `${key} has a description`);
      assert.deepEqual(props[key].default, def, `${key} default`);
    }
    assert.deepEqual(props['closelint.severity'].additionalProperties.enum, ['none', 'silent', 'suggestion', 'warning', 'error']);
  });

  it('contributes the closing-script language for *.close.md, *.closing.md and *.closing.txt, with a Markdown-embedding grammar', () => {
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'closing-script');
    assert.deepEqual(lang.extensions, ['.close.md', '.closing.md', '.closing.txt']);
    const grammar = pkg.contributes.grammars.find((g: { language: string }) => g.language === 'closing-script');
    const tm = JSON.parse(read(grammar.path));
    assert.equal(tm.scopeName, grammar.scopeName);
    assert.ok(tm.patterns.some((p: { include?: string }) => p.include === 'text.html.markdown'));
    JSON.parse(read(lang.configuration));
  });

  it('registers in code exactly the commands it contributes, all under the CloseLint category', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const source = read('src/extension.ts');
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(registered, contributed);
    const titles = pkg.contributes.commands.map((c: { category: string; title: string }) => `${c.category}: ${c.title}`);
    assert.deepEqual(titles.sort(), ['CloseLint: Explain rule', 'CloseLint: Insert closing-script template', 'CloseLint: Restart server']);
    // The server's own `closelint.explainRule` would clash with a client command of the same id.
    assert.ok(!contributed.includes('closelint.explainRule'));
  });

  it('is ready for vsce: bundled main, repository, MIT LICENSE, no missing icon, no dependencies to ship', () => {
    assert.equal(pkg.main, './dist/extension.js');
    assert.ok(pkg.repository?.url);
    assert.equal(pkg.license, 'MIT');
    assert.match(read('LICENSE'), /MIT License[\s\S]*CloseLint contributors/);
    assert.equal(pkg.icon, undefined);
    assert.match(pkg.scripts.package, /vsce package --no-dependencies/);
    assert.ok(fs.existsSync(path.join(EXTENSION_ROOT, '.vscodeignore')));
    // @types/vscode must not be newer than the engine, or vsce refuses to package.
    const types = pkg.devDependencies['@types/vscode'].replace(/^[\^~]/, '');
    const engine = pkg.engines.vscode.replace(/^[\^~]/, '');
    assert.ok(compare(types, engine) <= 0, `@types/vscode ${types} > engine ${engine}`);
  });

  it('documents every setting and command in the README', () => {
    const readme = read('README.md');
    for (const key of Object.keys(EXPECTED_SETTINGS)) assert.ok(readme.includes(key), key);
    for (const c of pkg.contributes.commands) assert.ok(readme.includes(`CloseLint: ${c.title}`), c.title);
    assert.match(readme, /## Screenshot/);
  });
});

function compare(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

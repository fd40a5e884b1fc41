// Activates the real bundle (dist/extension.js) against the fake `vscode` module and a fake
// language server process, end to end over stdio: server start, configuration answers, diagnostics,
// the scriptStats status bar item, "Explain rule" and shutdown. No VS Code download needed.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BUNDLE, createFakeVscode, fakeDocument, installVscode } from './support/fakeVscode';
import { EXTENSION_ROOT } from './support/paths';

const FAKE_SERVER = path.join(EXTENSION_ROOT, 'test', 'fixtures', 'fake-closelint-server.js');
const supported = process.platform !== 'win32'; // the fixture is started through its #! line

interface Logged { direction: 'in' | 'out'; msg: { id?: string | number; method?: string; params?: any; result?: any } }

async function until<T>(what: string, probe: () => T | undefined | false, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('extension smoke test (fake vscode + fake server)', { skip: !supported && 'POSIX only' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'closelint-smoke-'));
  const logFile = path.join(dir, 'server.log');
  const scriptFile = path.join(dir, 'offer.close.md');
  const text = '## Summary\n\nTen years of welding, the last four leading a crew of six.\n';
  const doc = fakeDocument(scriptFile, 'closing-script', text);
  const { vscode, rec } = createFakeVscode({
    'closelint.server.path': FAKE_SERVER,
    'closelint.severity': { CL0002: 'error' },
    'closelint.speakingRateWpm': 140,
    'closelint.extraGimmickPhrases': 'phrases/gimmicks.txt',
  }, [doc], dir);
  let uninstall: () => void = () => undefined;
  let extension: { activate(ctx: unknown): Promise<void>; deactivate(): Thenable<void> | undefined };
  const serverLog = (): Logged[] =>
    fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];

  before(async () => {
    assert.ok(fs.existsSync(BUNDLE), `${BUNDLE} missing: run \`npm run build\``);
    fs.chmodSync(FAKE_SERVER, 0o755);
    process.env.FAKE_LSP_LOG = logFile;
    uninstall = installVscode(vscode);
    extension = require(BUNDLE);
    await extension.activate({ subscriptions: [], extensionPath: EXTENSION_ROOT, extensionUri: { fsPath: EXTENSION_ROOT } });
  });

  after(async () => {
    uninstall();
    delete process.env.FAKE_LSP_LOG;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('registers the three commands', () => {
    for (const id of ['closelint.explain', 'closelint.insertTemplate', 'closelint.restartServer']) assert.ok(rec.commands.has(id), id);
  });

  it('starts the server and shows its diagnostics', async () => {
    const diags = await until('diagnostics', () => rec.diagnostics.get(doc.uri.toString())?.length ? rec.diagnostics.get(doc.uri.toString()) : undefined);
    assert.equal(diags[0].message, 'No concern question');
    assert.deepEqual(rec.errors, []);
  });

  it('answers workspace/configuration for "closelint" with the mapped object, other sections untouched', async () => {
    const answer = await until('configuration answer', () =>
      serverLog().find((l) => l.direction === 'in' && typeof l.msg.id === 'string' && l.msg.id.startsWith('cfg')));
    assert.deepEqual(answer.msg.result[0], {
      speakingRateWpm: 140,
      summaryMaxSeconds: 30,
      severity: { CL0002: 'error' },
      extraGimmickPhrases: path.join(dir, 'phrases', 'gimmicks.txt'),
      extraHedgePhrases: null,
    });
    assert.equal(answer.msg.result.length, 2);
  });

  it('pushes the same shape with workspace/didChangeConfiguration', async () => {
    const push = await until('didChangeConfiguration', () =>
      serverLog().find((l) => l.direction === 'in' && l.msg.method === 'workspace/didChangeConfiguration'));
    assert.deepEqual(Object.keys(push.msg.params.settings), ['closelint']);
    assert.deepEqual(push.msg.params.settings.closelint.severity, { CL0002: 'error' });
  });

  it('shows the spoken length from closelint/scriptStats in the status bar', async () => {
    const item = await until('status bar item', () => rec.statusItems.find((i) => i.visible));
    assert.equal(item.text, '$(clock) ~6 s'); // the fake server counts 14 words at 150 wpm: 5.6 s
    assert.match(String(item.tooltip), /140 words per minute/);
  });

  it('"Explain rule" previews the markdown the server returns', async () => {
    await rec.commands.get('closelint.explain')!('CL0002');
    const preview = rec.executed.find((e) => e.command === 'markdown.showPreview');
    assert.ok(preview, 'markdown.showPreview was run');
    const uri = preview.args[0] as { scheme: string; toString(): string };
    assert.equal(uri.scheme, 'closelint-rule');
    const content = rec.contentProviders.get('closelint-rule')!.provideTextDocumentContent(uri as never);
    assert.match(content, /^# CL0002/);
    const request = serverLog().find((l) => l.direction === 'in' && l.msg.method === 'workspace/executeCommand');
    assert.deepEqual(request?.msg.params, { command: 'closelint.explainRule', arguments: ['CL0002'] });
  });

  it('shuts the server down cleanly on deactivate', async () => {
    await extension.deactivate();
    const methods = () => serverLog().filter((l) => l.direction === 'in').map((l) => l.msg.method);
    // `exit` is a notification: the client does not wait for the server to read it.
    await until('shutdown and exit', () => methods().includes('shutdown') && methods().includes('exit'), 5000)
      .catch(() => assert.fail(`server saw: ${methods().join(', ')}`));
  });
});

// Activates the real bundle on a machine with no CloseLint server anywhere: the user gets one
// error notification that says how to fix it, and fixing the setting starts the server.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BUNDLE, createFakeVscode, fakeDocument, installVscode } from './support/fakeVscode';
import { EXTENSION_ROOT } from './support/paths';

const FAKE_SERVER = path.join(EXTENSION_ROOT, 'test', 'fixtures', 'fake-closelint-server.js');

describe('extension smoke test: no server installed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'closelint-missing-'));
  const doc = fakeDocument(path.join(dir, 'a.closing.txt'), 'closing-script', 'Thank you for today.\n');
  const { vscode, rec, changeSettings } = createFakeVscode({}, [doc], dir);
  const saved = { PATH: process.env.PATH, HOME: process.env.HOME, USERPROFILE: process.env.USERPROFILE };
  let uninstall: () => void = () => undefined;
  let extension: { activate(ctx: unknown): Promise<void>; deactivate(): Thenable<void> | undefined };

  before(async () => {
    // PATH holds only node (the fake server's #! line needs it): no closelint, no dotnet.
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    if (process.platform !== 'win32') fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    process.env.PATH = bin;
    process.env.HOME = dir;
    process.env.USERPROFILE = dir;
    uninstall = installVscode(vscode);
    extension = require(BUNDLE);
    // extensionPath without server/closelint.dll: nothing bundled either.
    await extension.activate({ subscriptions: [], extensionPath: dir, extensionUri: { fsPath: dir } });
  });

  after(async () => {
    await extension?.deactivate();
    uninstall();
    Object.assign(process.env, saved);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows one error with the install command and the setting', async () => {
    const end = Date.now() + 5000;
    while (rec.errors.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    assert.equal(rec.errors.length, 1, rec.errors.join('\n'));
    assert.match(rec.errors[0], /dotnet tool install --global CloseLint/);
    assert.match(rec.errors[0], /closelint\.server\.path/);
    assert.ok(rec.log.some((l) => l.includes('error') && l.includes('not found')), 'logged to the CloseLint output channel');
  });

  it('starts the server once closelint.server.path is fixed, without a reload', { skip: process.platform === 'win32' }, async () => {
    fs.chmodSync(FAKE_SERVER, 0o755);
    changeSettings({ 'closelint.server.path': FAKE_SERVER });
    const end = Date.now() + 10_000;
    while (!rec.diagnostics.get(doc.uri.toString())?.length && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
    assert.equal(rec.diagnostics.get(doc.uri.toString())?.[0]?.message, 'No concern question');
    assert.equal(rec.errors.length, 1, 'no new error');
  });
});

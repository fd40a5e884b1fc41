import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandPath, findDotnet, findOnPath, INSTALL_TOOL_COMMAND, ResolutionHost, resolveServer } from '../src/serverResolution';

/** A machine with exactly these files. */
function linux(files: string[], env: Record<string, string> = { PATH: '/usr/local/bin:/usr/bin:/bin' }): ResolutionHost {
  const set = new Set(files);
  return { platform: 'linux', env, homeDir: '/home/ann', isFile: (p) => set.has(p) };
}

function windows(files: string[], env: Record<string, string>): ResolutionHost {
  const set = new Set(files.map((f) => f.toLowerCase()));
  return { platform: 'win32', env, homeDir: 'C:\\Users\\ann', isFile: (p) => set.has(p.toLowerCase()) };
}

const EXT = '/home/ann/.vscode/extensions/closelint.closelint-0.1.0';

describe('resolveServer: explicit closelint.server.path', () => {
  it('runs an executable as `<path> lsp`', () => {
    const r = resolveServer({ configuredPath: '/opt/closelint/closelint', extensionPath: EXT }, linux(['/opt/closelint/closelint']));
    assert.ok(r.ok);
    assert.equal(r.server.command, '/opt/closelint/closelint');
    assert.deepEqual(r.server.args, ['lsp']);
    assert.equal(r.server.source, 'setting');
  });

  it('runs a .dll with dotnet from PATH as `dotnet <dll> lsp`', () => {
    const r = resolveServer(
      { configuredPath: '/src/closelint/bin/closelint.dll', extensionPath: EXT },
      linux(['/src/closelint/bin/closelint.dll', '/usr/bin/dotnet']),
    );
    assert.ok(r.ok);
    assert.equal(r.server.command, '/usr/bin/dotnet');
    assert.deepEqual(r.server.args, ['/src/closelint/bin/closelint.dll', 'lsp']);
  });

  it('prefers the setting over closelint on PATH', () => {
    const r = resolveServer(
      { configuredPath: '/opt/other/closelint', extensionPath: EXT },
      linux(['/opt/other/closelint', '/usr/bin/closelint']),
    );
    assert.ok(r.ok);
    assert.equal(r.server.command, '/opt/other/closelint');
  });

  it('expands ~ and ${workspaceFolder}, and resolves a relative path against the workspace folder', () => {
    const h = linux(['/home/ann/bin/closelint', '/repo/artifacts/closelint.dll', '/usr/bin/dotnet']);
    const home = resolveServer({ configuredPath: '~/bin/closelint', extensionPath: EXT }, h);
    assert.ok(home.ok);
    assert.equal(home.server.command, '/home/ann/bin/closelint');
    for (const configuredPath of ['${workspaceFolder}/artifacts/closelint.dll', 'artifacts/closelint.dll']) {
      const r = resolveServer({ configuredPath, extensionPath: EXT, workspaceFolder: '/repo' }, h);
      assert.ok(r.ok, configuredPath);
      assert.deepEqual(r.server.args, ['/repo/artifacts/closelint.dll', 'lsp']);
    }
  });

  it('looks a bare command name up on PATH', () => {
    const r = resolveServer({ configuredPath: 'closelint-nightly', extensionPath: EXT }, linux(['/usr/bin/closelint-nightly']));
    assert.ok(r.ok);
    assert.equal(r.server.command, '/usr/bin/closelint-nightly');
  });

  it('reports a setting that points nowhere, naming the setting and the fix', () => {
    const r = resolveServer({ configuredPath: '/nope/closelint', extensionPath: EXT }, linux(['/usr/bin/closelint']));
    assert.ok(!r.ok);
    assert.equal(r.error.problem, 'setting-not-found');
    assert.match(r.error.message, /closelint\.server\.path/);
    assert.match(r.error.message, /\/nope\/closelint/);
  });

  it('reports a .dll setting without dotnet as a missing .NET runtime', () => {
    const r = resolveServer({ configuredPath: '/x/closelint.dll', extensionPath: EXT }, linux(['/x/closelint.dll'], { PATH: '/usr/bin' }));
    assert.ok(!r.ok);
    assert.equal(r.error.problem, 'dotnet-not-found');
    assert.match(r.error.message, /\.NET 10 runtime/);
    assert.match(r.error.helpUrl, /dotnet/);
  });

  it('ignores a blank setting', () => {
    const r = resolveServer({ configuredPath: '   ', extensionPath: EXT }, linux(['/usr/bin/closelint']));
    assert.ok(r.ok);
    assert.equal(r.server.source, 'path');
  });
});

describe('resolveServer: default resolution', () => {
  it('uses closelint from PATH first', () => {
    const r = resolveServer(
      { extensionPath: EXT },
      linux(['/usr/local/bin/closelint', `${EXT}/server/closelint.dll`, '/usr/bin/dotnet']),
    );
    assert.ok(r.ok);
    assert.equal(r.server.command, '/usr/local/bin/closelint');
    assert.deepEqual(r.server.args, ['lsp']);
    assert.equal(r.server.source, 'path');
  });

  it('then the .NET global tool shim in ~/.dotnet/tools', () => {
    const r = resolveServer({ extensionPath: EXT }, linux(['/home/ann/.dotnet/tools/closelint', `${EXT}/server/closelint.dll`]));
    assert.ok(r.ok);
    assert.equal(r.server.command, '/home/ann/.dotnet/tools/closelint');
    assert.equal(r.server.source, 'dotnet-tools');
  });

  it('falls back to the bundled server/closelint.dll, run with dotnet', () => {
    const r = resolveServer({ extensionPath: EXT }, linux([`${EXT}/server/closelint.dll`, '/usr/bin/dotnet']));
    assert.ok(r.ok);
    assert.equal(r.server.command, '/usr/bin/dotnet');
    assert.deepEqual(r.server.args, [`${EXT}/server/closelint.dll`, 'lsp']);
    assert.equal(r.server.source, 'bundled');
  });

  it('finds dotnet for the bundled server outside PATH (DOTNET_ROOT, default install folders)', () => {
    const viaRoot = resolveServer(
      { extensionPath: EXT },
      linux([`${EXT}/server/closelint.dll`, '/opt/dotnet/dotnet'], { PATH: '/bin', DOTNET_ROOT: '/opt/dotnet' }),
    );
    assert.ok(viaRoot.ok);
    assert.equal(viaRoot.server.command, '/opt/dotnet/dotnet');
    const viaDefault = resolveServer({ extensionPath: EXT }, linux([`${EXT}/server/closelint.dll`, '/usr/share/dotnet/dotnet'], { PATH: '/bin' }));
    assert.ok(viaDefault.ok);
    assert.equal(viaDefault.server.command, '/usr/share/dotnet/dotnet');
  });

  it('reports a bundled server without dotnet as a missing .NET runtime, with the fix', () => {
    const r = resolveServer({ extensionPath: EXT }, linux([`${EXT}/server/closelint.dll`], { PATH: '/bin' }));
    assert.ok(!r.ok);
    assert.equal(r.error.problem, 'dotnet-not-found');
    assert.match(r.error.message, /install the \.NET 10 runtime/i);
    assert.match(r.error.message, /closelint\.server\.path/);
  });

  it('reports nothing found with the install command and the setting to use', () => {
    const r = resolveServer({ extensionPath: EXT }, linux(['/usr/bin/dotnet']));
    assert.ok(!r.ok);
    assert.equal(r.error.problem, 'server-not-found');
    assert.ok(r.error.message.includes(INSTALL_TOOL_COMMAND), r.error.message);
    assert.match(r.error.message, /closelint\.server\.path/);
  });

  it('on Windows finds closelint.exe through Path and PATHEXT, and dotnet under Program Files', () => {
    const env = { Path: 'C:\\Windows;C:\\Tools', PATHEXT: '.COM;.EXE;.BAT;.CMD', ProgramFiles: 'C:\\Program Files' };
    const onPath = resolveServer({ extensionPath: 'C:\\ext' }, windows(['C:\\Tools\\closelint.exe'], env));
    assert.ok(onPath.ok);
    assert.equal(onPath.server.command, 'C:\\Tools\\closelint.exe');
    const bundled = resolveServer({ extensionPath: 'C:\\ext' }, windows(['C:\\ext\\server\\closelint.dll', 'C:\\Program Files\\dotnet\\dotnet.exe'], env));
    assert.ok(bundled.ok);
    assert.equal(bundled.server.command, 'C:\\Program Files\\dotnet\\dotnet.exe');
    assert.deepEqual(bundled.server.args, ['C:\\ext\\server\\closelint.dll', 'lsp']);
  });
});

describe('helpers', () => {
  it('findOnPath skips empty PATH entries and returns the first match', () => {
    const h = linux(['/a/closelint', '/b/closelint'], { PATH: '::/a:/b' });
    assert.equal(findOnPath('closelint', h), '/a/closelint');
    assert.equal(findOnPath('missing', h), undefined);
  });

  it('findDotnet returns undefined when there is none', () => {
    assert.equal(findDotnet(linux([], { PATH: '/bin' })), undefined);
  });

  it('expandPath expands ${env:NAME} and ${userHome}', () => {
    const h = { homeDir: '/home/ann', env: { TOOLS: '/opt/tools' } };
    assert.equal(expandPath('${env:TOOLS}/closelint', h), '/opt/tools/closelint');
    assert.equal(expandPath('${userHome}/x', h), '/home/ann/x');
    assert.equal(expandPath('~', h), '/home/ann');
  });
});

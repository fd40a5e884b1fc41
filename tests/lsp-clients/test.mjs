// Drives `closelint lsp` with vscode-languageserver-protocol, the protocol library VS Code's own client uses:
// opens a script, edits it, and checks diagnostics, a quick fix, a hover, inlay hints and the code lens.
// Usage: node test.mjs <server command...>   e.g. node test.mjs dotnet src/CloseLint.Cli/bin/Debug/net10.0/closelint.dll
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  CodeActionRequest, HoverRequest, InlayHintRequest, CodeLensRequest, ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node';
import { serverCommand, startSession, applyEdits } from './lsp-session.mjs';

const results = [];
async function check(name, body) {
  try { await body(); results.push([name, true]); console.log(`ok   ${name}`); }
  catch (error) { results.push([name, false]); console.log(`FAIL ${name}: ${error.message}`); }
}
function assert(condition, message) { if (!condition) throw new Error(message); }

const folder = mkdtempSync(join(tmpdir(), 'closelint-node-'));
const path = join(folder, 'closing.md');
const uri = pathToFileURL(path).href;
let text = [
  '# Summary',
  'I led a team of nine nurses and cut discharge delays by a third in one year.',
  '',
  '# Close',
  'Is there anything about my background that gives you pause?',
  'Sorry to bother you, but what are the next steps? So when do I start?',
  '',
].join('\n');
writeFileSync(path, text);

const session = startSession(serverCommand(process.argv));
const { connection } = session;
let version = 1;
let diagnostics = [];

await check('initialize answers capabilities', async () => {
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'scripts' }],
    clientInfo: { name: 'closelint-node-test' },
    capabilities: {
      general: { positionEncodings: ['utf-16'] },
      workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
      textDocument: { publishDiagnostics: { versionSupport: true }, inlayHint: {}, hover: { contentFormat: ['markdown'] } },
    },
  });
  console.log(`     spawn -> initialize result: ${(performance.now() - session.spawnedAt).toFixed(0)} ms`);
  assert(result.capabilities.positionEncoding === 'utf-16', 'positionEncoding');
  assert(result.capabilities.textDocumentSync.change === 2, 'incremental sync');
  assert(result.capabilities.inlayHintProvider, 'inlay hints');
  assert(result.serverInfo.name === 'closelint', 'serverInfo');
  await connection.sendNotification(InitializedNotification.type, {});
});

await check('diagnostics are published after open', async () => {
  const opened = performance.now();
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  const entry = await session.diagnostics(e => e.params.uri === uri && e.params.version === version, 20000, opened);
  console.log(`     didOpen -> first diagnostics: ${(entry.at - opened).toFixed(0)} ms`);
  diagnostics = entry.params.diagnostics;
  assert(diagnostics.length > 0, 'expected at least one diagnostic');
  for (const d of diagnostics) {
    assert(d.source === 'closelint', `source of ${JSON.stringify(d)}`);
    assert(/^CL\d{4}$/.test(d.code), `code ${d.code}`);
    assert(d.codeDescription?.href?.endsWith(`${d.code}.md`), `codeDescription of ${d.code}`);
    assert([1, 2, 3, 4].includes(d.severity), `severity of ${d.code}`);
  }
  console.log(`     ${diagnostics.map(d => `${d.code}@${d.range.start.line}:${d.range.start.character}`).join(' ')}`);
});

await check('an edit is analyzed again', async () => {
  const edited = performance.now();
  version++;
  const line = 1;
  const changes = [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Honestly, ' }];
  text = applyEdits(text, changes.map(c => ({ range: c.range, newText: c.text })));
  await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  const entry = await session.diagnostics(e => e.params.uri === uri && e.params.version === version, 20000, edited);
  console.log(`     edit -> diagnostics: ${(entry.at - edited).toFixed(0)} ms`);
  diagnostics = entry.params.diagnostics;
  assert(diagnostics.length > 0, 'diagnostics after the edit');
  assert(diagnostics.every(d => d.range.start.line !== 1 || d.range.start.character >= 0), 'ranges');
});

await check('hover on a diagnostic explains its rule', async () => {
  const target = diagnostics[0];
  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: target.range.start });
  assert(hover && hover.contents.kind === 'markdown' && hover.contents.value.includes(target.code), `hover on ${target.code}: ${JSON.stringify(hover)}`);
  console.log(`     hover: ${hover.contents.value.split('\n')[0].slice(0, 90)}`);
});

await check('a quick fix edits the script and its diagnostic goes away', async () => {
  let chosen = null;
  for (const diagnostic of diagnostics) {
    const actions = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    assert(Array.isArray(actions), 'code actions are an array');
    const fix = actions.find(a => a.kind === 'quickfix' && !a.title.startsWith('Suppress') && !a.title.startsWith('Disable') && a.edit?.changes?.[uri]);
    assert(actions.some(a => a.title === `Suppress ${diagnostic.code} on this line`), `suppression for ${diagnostic.code}`);
    if (fix) { chosen = { diagnostic, fix }; break; }
  }
  assert(chosen, `no rule quick fix among ${diagnostics.map(d => d.code).join(', ')}`);
  console.log(`     fix: ${chosen.diagnostic.code} "${chosen.fix.title}"`);
  const edits = chosen.fix.edit.changes[uri];
  const fixed = applyEdits(text, edits);
  assert(fixed !== text, 'the fix changes the text');
  const before = diagnostics.filter(d => d.code === chosen.diagnostic.code).length;
  version++;
  const sent = performance.now();
  await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character).map(e => ({ range: e.range, text: e.newText })) });
  text = fixed;
  const entry = await session.diagnostics(e => e.params.uri === uri && e.params.version === version, 20000, sent);
  diagnostics = entry.params.diagnostics;
  const after = diagnostics.filter(d => d.code === chosen.diagnostic.code).length;
  assert(after < before, `${chosen.diagnostic.code}: ${before} before the fix, ${after} after`);
});

await check('inlay hints give spoken seconds', async () => {
  const hints = await connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
  assert(Array.isArray(hints) && hints.length >= 2, `hints: ${JSON.stringify(hints)}`);
  for (const hint of hints) assert(/^~\d+( min)?( \d+)?( s)?$/.test(hint.label) || /^~\d+ min$/.test(hint.label), `label ${hint.label}`);
  console.log(`     hints: ${hints.map(h => `${h.position.line}:${h.position.character} ${h.label}`).join(', ')}`);
});

await check('code lens and closelint/scriptStats give the whole script', async () => {
  const lenses = await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
  assert(lenses.length === 1 && lenses[0].range.start.line === 0, 'one lens on line 0');
  assert(/^about .+ spoken · .+ · concern question [✓✗] · ask [✓✗]/.test(lenses[0].command.title), `lens: ${lenses[0].command.title}`);
  console.log(`     lens: ${lenses[0].command.title}`);
  const stats = session.stats.filter(s => s.uri === uri).at(-1);
  assert(stats && stats.speakingSeconds > 0 && typeof stats.hasAsk === 'boolean', `scriptStats: ${JSON.stringify(stats)}`);
});

await check('shutdown and exit end the process with 0', async () => {
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  const code = await Promise.race([session.exited, new Promise(resolve => setTimeout(() => resolve('timeout'), 10000))]);
  assert(code === 0, `exit code ${code}`);
});

connection.dispose();
rmSync(folder, { recursive: true, force: true });
const passed = results.filter(r => r[1]).length;
const failed = results.length - passed;
if (failed > 0) console.log('server stderr:\n' + session.stderr());
console.log(`${passed} passed, ${failed} failed`);
if (session.child.exitCode === null) session.child.kill();
process.exit(failed === 0 ? 0 : 1);

// Latency and memory of `closelint lsp`, measured the way an editor meets it: a real process and a real client
// (vscode-languageserver-protocol). Usage: node bench.mjs <server command...>   (without `lsp`), e.g.
//   node bench.mjs dotnet src/CloseLint.Cli/bin/Release/net10.0/closelint.dll
// CLOSELINT_ONLY=cold|edits|memory runs one part; CLOSELINT_EDITS and CLOSELINT_BIG_EDITS (0 skips the 1 MB document)
// set the number of edits; CLOSELINT_TIMES=1 prints every edit's time.
// The corpus comes from /work/shared/bench/make-corpus.py (or $CLOSELINT_CORPUS, a folder it made).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node';
import { startSession } from './lsp-session.mjs';

const base = process.argv.slice(2).filter(a => a !== 'lsp');
if (base.length === 0) throw new Error('usage: node bench.mjs <server command...>');
const debounceMs = Number(process.env.CLOSELINT_DEBOUNCE_MS ?? 25);
const edits = Number(process.env.CLOSELINT_EDITS ?? 50);
const bigEdits = Number(process.env.CLOSELINT_BIG_EDITS ?? edits);

let corpus = process.env.CLOSELINT_CORPUS;
if (!corpus || !existsSync(join(corpus, 'big.txt'))) {
  corpus = mkdtempSync(join(tmpdir(), 'closelint-corpus-'));
  execFileSync('python3', ['/work/shared/bench/make-corpus.py', corpus, '1000'], { stdio: 'ignore' });
}
const scriptFiles = readdirSync(join(corpus, 'scripts')).sort().map(f => join(corpus, 'scripts', f));
const words = text => text.split(/\s+/).filter(Boolean).length;
// A 300-word script: whole corpus scripts joined until it has 300 words, then cut at 300.
let script = '';
for (const file of scriptFiles) { script += readFileSync(file, 'utf8') + '\n'; if (words(script) >= 300) break; }
script = script.split(/(\s+)/).reduce((acc, part) => (words(acc + part) <= 300 ? acc + part : acc), '');
const big = readFileSync(join(corpus, 'big.txt'), 'utf8');

const percentile = (values, p) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const ms = value => `${value.toFixed(1)} ms`;
// CPU time the server used (user + system), from /proc: a figure that a busy machine inflates far less than wall time.
const cpuMs = pid => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const rssMb = pid => { const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8')); return m ? Number(m[1]) / 1024 : NaN; };

async function start(debounce) {
  const session = startSession([...base, 'lsp', '--debounce-ms', String(debounce)]);
  const result = await session.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  const initializedAt = performance.now();
  await session.connection.sendNotification(InitializedNotification.type, {});
  return { session, initializeMs: initializedAt - session.spawnedAt, result };
}

async function stop(session) {
  await session.connection.sendRequest(ShutdownRequest.type);
  await session.connection.sendNotification(ExitNotification.type);
  await session.exited;
  session.connection.dispose();
}

async function open(session, uri, text) {
  const sent = performance.now();
  await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const entry = await session.diagnostics(e => e.params.uri === uri && e.params.version === 1, 300000, sent);
  return entry.at - sent;
}

/** Edits alternately append a line and remove it again, and times each edit to its diagnostics. */
async function editLatencies(session, uri, text, count = edits) {
  const lines = text.split('\n');
  const last = lines.length - 1;
  const times = [];
  for (let version = 2; version < 2 + count; version++) {
    const append = version % 2 === 0;
    const change = append
      ? { range: { start: { line: last, character: lines[last].length }, end: { line: last, character: lines[last].length } }, text: '\nHonestly, when do I start?' }
      : { range: { start: { line: last, character: lines[last].length }, end: { line: last + 1, character: 27 } }, text: '' };
    const sent = performance.now();
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    const entry = await session.diagnostics(e => e.params.uri === uri && e.params.version === version, 300000, sent);
    times.push(entry.at - sent);
  }
  return times;
}

const report = [];
const line = text => { report.push(text); console.log(text); };
// The machine may be shared: the load average goes with the figures, at the start and at the end.
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
line(`closelint lsp benchmark: ${base.join(' ')}; ${edits} edits (${bigEdits} on 1 MB); 300-word script (${words(script)} words), 1 MB document (${Buffer.byteLength(big)} bytes); load average ${load()}`);

const only = process.env.CLOSELINT_ONLY; // cold, edits or memory
// Cold start, three runs.
const cold = [];
for (let run = 0; run < (only && only !== 'cold' ? 0 : 3); run++) {
  const { session, initializeMs } = await start(debounceMs);
  const firstDiagnosticsMs = await open(session, `file:///bench/cold-${run}.txt`, script);
  cold.push({ initializeMs, firstDiagnosticsMs, total: initializeMs + firstDiagnosticsMs, cpu: cpuMs(session.child.pid) });
  await stop(session);
}
if (cold.length > 0) for (const [name, key] of [['spawn -> initialize result', 'initializeMs'], ['didOpen -> first diagnostics', 'firstDiagnosticsMs'], ['spawn -> first diagnostics', 'total'], ['server CPU to first diagnostics', 'cpu']])
  line(`cold start  ${name.padEnd(30)} ${cold.map(c => ms(c[key])).join(', ')} (median ${ms(percentile(cold.map(c => c[key]), 50))})`);

for (const debounce of only && only !== 'edits' ? [] : [0, debounceMs]) {
  const { session } = await start(debounce);
  await open(session, 'file:///bench/warmup.txt', script);
  await editLatencies(session, 'file:///bench/warmup.txt', script);
  for (const [name, text] of [['300-word script', script], ...(bigEdits > 0 ? [['1 MB document', big]] : [])]) {
    const uri = `file:///bench/${name.replace(/\W+/g, '-')}-${debounce}.txt`;
    const openMs = await open(session, uri, text);
    const cpuBefore = cpuMs(session.child.pid);
    const times = await editLatencies(session, uri, text, text === big ? bigEdits : edits);
    const cpuPerEdit = (cpuMs(session.child.pid) - cpuBefore) / times.length;
    if (process.env.CLOSELINT_TIMES) console.log(`  each edit (ms): ${times.map(t => t.toFixed(0)).join(' ')}`);
    line(`debounce ${String(debounce).padStart(2)} ms  ${name.padEnd(16)} open ${ms(openMs).padStart(9)}  edit -> diagnostics p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  max ${ms(Math.max(...times))}  server CPU/edit ${ms(cpuPerEdit)}`);
  }
  await stop(session);
}

// Memory with 100 scripts open.
if (!only || only === 'memory') {
  const { session } = await start(debounceMs);
  const before = rssMb(session.child.pid);
  for (let i = 0; i < 100; i++) await open(session, `file:///bench/many-${i}.txt`, readFileSync(scriptFiles[i], 'utf8'));
  const after = rssMb(session.child.pid);
  line(`memory      RSS after initialize ${before.toFixed(0)} MB; with 100 scripts open ${after.toFixed(0)} MB`);
  await stop(session);
}
line(`load average at the end ${load()}`);

// A small harness around vscode-languageserver-protocol: spawn `closelint lsp`, connect, and wait for messages.
import { spawn } from 'node:child_process';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  PublishDiagnosticsNotification, LogMessageNotification, ConfigurationRequest,
} from 'vscode-languageserver-protocol/node';

/** The server command from argv; `lsp` is appended unless given. */
export function serverCommand(argv) {
  const args = argv.slice(2);
  if (args.length === 0) throw new Error('usage: node test.mjs <server command...>  (e.g. dotnet src/CloseLint.Cli/bin/Debug/net10.0/closelint.dll)');
  if (args[args.length - 1] !== 'lsp') args.push('lsp');
  return args;
}

export function startSession(command, { settings = {}, quiet = true } = {}) {
  const spawnedAt = performance.now();
  const child = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr = [];
  child.stderr.on('data', chunk => { stderr.push(chunk.toString()); if (!quiet) process.stderr.write(chunk); });
  const exited = new Promise(resolve => child.on('exit', code => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  const published = [];
  const stats = [];
  connection.onNotification(PublishDiagnosticsNotification.type, params => {
    const entry = { params, at: performance.now() };
    published.push(entry);
    for (const waiter of [...waiters]) if (waiter.match(entry)) { waiters.splice(waiters.indexOf(waiter), 1); waiter.resolve(entry); }
  });
  connection.onNotification('closelint/scriptStats', params => stats.push(params));
  connection.onNotification(LogMessageNotification.type, () => {});
  connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => settings));
  connection.listen();

  return {
    child, connection, spawnedAt, exited, published, stats,
    stderr: () => stderr.join(''),
    /** Resolves with the next (or an already received, if `since` is given) publish matching `match`. */
    diagnostics(match, timeoutMs = 20000, since = Infinity) {
      const earlier = published.find(entry => entry.at >= since && match(entry));
      if (earlier) return Promise.resolve(earlier);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.push(waiter);
        setTimeout(() => { const i = waiters.indexOf(waiter); if (i >= 0) { waiters.splice(i, 1); reject(new Error(`no matching diagnostics within ${timeoutMs} ms`)); } }, timeoutMs).unref();
      });
    },
  };
}

/** Applies LSP text edits (UTF-16 positions, as JavaScript strings count) to a text. */
export function applyEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') { lineStarts.push(i + 2); i++; } else if (text[i] === '\n' || text[i] === '\r') lineStarts.push(i + 1);
  }
  const offset = p => Math.min(p.line < lineStarts.length ? lineStarts[p.line] + p.character : text.length, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const edit of sorted) text = text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
  return text;
}

// A minimal in-process stand-in for the `vscode` module: enough of the API for the bundled
// extension (dist/extension.js) and vscode-languageclient to activate, start a server over stdio,
// and exchange messages. It records what the extension did so the smoke test can check it.
// Anything not modelled here resolves to an inert stub, so the client's feature set can register.
import * as path from 'path';
import { EXTENSION_ROOT } from './paths';
import { getConfiguration as configurationFor } from './vscodeStub';
import Module = require('module');

type Listener<T> = (e: T) => unknown;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return new Disposable(() => { this.listeners = this.listeners.filter((l) => l !== listener); });
  };
  fire(e: T): void { for (const l of [...this.listeners]) l(e); }
  dispose(): void { this.listeners = []; }
}

export class Disposable {
  constructor(private readonly fn: () => void = () => undefined) {}
  static from(...items: { dispose(): unknown }[]): Disposable { return new Disposable(() => items.forEach((i) => i.dispose())); }
  dispose(): void { this.fn(); }
}

export class Uri {
  private constructor(readonly scheme: string, readonly authority: string, readonly path: string, readonly query: string, readonly fragment: string) {}
  static file(p: string): Uri { return new Uri('file', '', p.split(path.sep).join('/'), '', ''); }
  static parse(value: string): Uri {
    const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
    if (!m) throw new Error(`bad uri ${value}`);
    return new Uri(m[1], m[2] ?? '', decodeURIComponent(m[3] ?? ''), m[4] ?? '', m[5] ?? '');
  }
  static from(c: { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(c.scheme, c.authority ?? '', c.path ?? '', c.query ?? '', c.fragment ?? '');
  }
  static joinPath(base: Uri, ...parts: string[]): Uri { return base.with({ path: path.posix.join(base.path, ...parts) }); }
  get fsPath(): string { return this.path; }
  with(c: Partial<{ scheme: string; authority: string; path: string; query: string; fragment: string }>): Uri {
    return new Uri(c.scheme ?? this.scheme, c.authority ?? this.authority, c.path ?? this.path, c.query ?? this.query, c.fragment ?? this.fragment);
  }
  toString(): string {
    const encodedPath = this.path.split('/').map(encodeURIComponent).join('/');
    return `${this.scheme}:${this.scheme === 'file' || this.authority ? '//' + this.authority : ''}${encodedPath}${this.query ? '?' + this.query : ''}${this.fragment ? '#' + this.fragment : ''}`;
  }
  toJSON(): unknown { return { scheme: this.scheme, path: this.path }; }
}

export class Position { constructor(readonly line: number, readonly character: number) {} }
export class Range {
  readonly start: Position; readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    if (typeof a === 'number') { this.start = new Position(a, b as number); this.end = new Position(c!, d!); }
    else { this.start = a; this.end = b as Position; }
  }
}
export class Diagnostic {
  code?: unknown; source?: string; tags?: number[]; relatedInformation?: unknown[];
  constructor(readonly range: Range, readonly message: string, readonly severity: number = 0) {}
}
export class ThemeColor { constructor(readonly id: string) {} }
export class SnippetString { constructor(readonly value: string) {} }
export class MarkdownString { constructor(public value = '', public supportThemeIcons = false) {} appendMarkdown(v: string) { this.value += v; return this; } }
export class CancellationTokenSource {
  private emitter = new EventEmitter<void>();
  token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void { this.token.isCancellationRequested = true; this.emitter.fire(); }
  dispose(): void { this.emitter.dispose(); }
}
export class CancellationError extends Error {}

/** Inert stand-in for anything not modelled: callable, constructible, and any member is another stub. */
function inert(name: string): unknown {
  const target = function () { /* inert */ } as unknown as object;
  return new Proxy(target, {
    get: (_t, prop) => {
      if (prop === 'then') return undefined; // not a thenable
      if (prop === Symbol.toPrimitive) return () => 0;
      if (prop === 'dispose') return () => undefined;
      return inert(`${name}.${String(prop)}`);
    },
    apply: () => new Disposable(),
    construct: () => ({}),
  });
}

export interface FakeDocument {
  uri: Uri; fileName: string; languageId: string; version: number; isClosed: boolean; isUntitled: boolean;
  lineCount: number; eol: number; getText(): string;
}

export function fakeDocument(file: string, languageId: string, text: string): FakeDocument {
  return {
    uri: Uri.file(file), fileName: file, languageId, version: 1, isClosed: false, isUntitled: false,
    lineCount: text.split('\n').length, eol: 1, getText: () => text,
  };
}

export interface Recorder {
  commands: Map<string, (...args: unknown[]) => unknown>;
  executed: { command: string; args: unknown[] }[];
  errors: string[];
  opened: string[];
  diagnostics: Map<string, Diagnostic[]>;
  statusItems: { text: string; tooltip?: unknown; visible: boolean; backgroundColor?: ThemeColor }[];
  contentProviders: Map<string, { provideTextDocumentContent(uri: Uri): string }>;
  log: string[];
}

export function createFakeVscode(user: Record<string, unknown>, documents: FakeDocument[], workspaceFolder: string) {
  const rec: Recorder = {
    commands: new Map(), executed: [], errors: [], opened: [], diagnostics: new Map(), statusItems: [],
    contentProviders: new Map(), log: [],
  };
  const ev = <T>() => new EventEmitter<T>().event;
  const configChanged = new EventEmitter<{ affectsConfiguration(section: string): boolean }>();
  /** Like editing settings.json: updates the values and fires onDidChangeConfiguration. */
  const changeSettings = (updates: Record<string, unknown>) => {
    Object.assign(user, updates);
    const keys = Object.keys(updates);
    configChanged.fire({ affectsConfiguration: (section) => keys.some((k) => k === section || k.startsWith(section + '.')) });
  };
  const folder = { uri: Uri.file(workspaceFolder), name: path.basename(workspaceFolder), index: 0 };
  const logChannel = (name: string) => {
    const write = (level: string) => (msg: unknown) => { rec.log.push(`[${name}] ${level} ${String(msg)}`); };
    return {
      name, logLevel: 2, onDidChangeLogLevel: ev<number>(),
      trace: write('trace'), debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error'),
      append: write('append'), appendLine: write('line'), replace: write('replace'), clear: () => undefined,
      show: () => undefined, hide: () => undefined, dispose: () => undefined,
    };
  };
  const matches = (selector: unknown, doc: FakeDocument): number => {
    const filters = (Array.isArray(selector) ? selector : [selector]) as ({ language?: string; scheme?: string } | string)[];
    return filters.some((f) => typeof f === 'string' ? f === doc.languageId
      : (!f.language || f.language === doc.languageId) && (!f.scheme || f.scheme === doc.uri.scheme)) ? 10 : 0;
  };

  const api: Record<string, unknown> = {
    version: '1.95.0',
    EventEmitter, Disposable, Uri, Position, Range, Diagnostic, ThemeColor, SnippetString, MarkdownString,
    CancellationTokenSource, CancellationError,
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    LogLevel: { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    env: {
      language: 'en', appName: 'fake-vscode', machineId: 'test',
      openExternal: async (uri: Uri) => { rec.opened.push(uri.toString()); return true; },
    },
    commands: {
      registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => {
        if (rec.commands.has(id)) throw new Error(`command '${id}' already exists`);
        rec.commands.set(id, fn);
        return new Disposable(() => rec.commands.delete(id));
      },
      executeCommand: async (command: string, ...args: unknown[]) => {
        rec.executed.push({ command, args });
        return rec.commands.get(command)?.(...args);
      },
    },
    window: {
      activeTextEditor: documents[0] ? { document: documents[0] } : undefined,
      visibleTextEditors: documents.map((document) => ({ document })),
      tabGroups: { all: [], onDidChangeTabs: ev<unknown>(), onDidChangeTabGroups: ev<unknown>() },
      onDidChangeActiveTextEditor: ev<unknown>(), onDidChangeVisibleTextEditors: ev<unknown>(),
      createOutputChannel: (name: string) => logChannel(name),
      createStatusBarItem: () => {
        const item = { text: '', tooltip: undefined as unknown, visible: false, name: '', backgroundColor: undefined as ThemeColor | undefined,
          show() { item.visible = true; }, hide() { item.visible = false; }, dispose() { item.visible = false; } };
        rec.statusItems.push(item);
        return item;
      },
      showErrorMessage: async (msg: string) => { rec.errors.push(msg); return undefined; },
      showWarningMessage: async (msg: string) => { rec.errors.push(msg); return undefined; },
      showInformationMessage: async () => undefined,
      setStatusBarMessage: () => new Disposable(),
      withProgress: async (_o: unknown, task: (p: unknown, t: unknown) => unknown) => task({ report: () => undefined }, new CancellationTokenSource().token),
    },
    workspace: {
      workspaceFolders: [folder],
      textDocuments: documents,
      notebookDocuments: [],
      getWorkspaceFolder: () => folder,
      getConfiguration: (section?: string) => {
        if (section === 'closelint') return configurationFor('closelint', user);
        return { get: (_k: string, d?: unknown) => d, has: () => false };
      },
      onDidChangeConfiguration: configChanged.event, onDidOpenTextDocument: ev<unknown>(), onDidCloseTextDocument: ev<unknown>(),
      onDidChangeTextDocument: ev<unknown>(), onDidSaveTextDocument: ev<unknown>(), onWillSaveTextDocument: ev<unknown>(),
      onDidChangeWorkspaceFolders: ev<unknown>(), onDidGrantWorkspaceTrust: ev<unknown>(),
      isTrusted: true,
      registerTextDocumentContentProvider: (scheme: string, provider: { provideTextDocumentContent(uri: Uri): string }) => {
        rec.contentProviders.set(scheme, provider);
        return new Disposable();
      },
      createFileSystemWatcher: () => ({ onDidCreate: ev(), onDidChange: ev(), onDidDelete: ev(), dispose: () => undefined }),
    },
    languages: {
      match: matches,
      createDiagnosticCollection: (name: string) => ({
        name,
        set: (uri: Uri, diags: Diagnostic[] | undefined) => { rec.diagnostics.set(uri.toString(), diags ?? []); },
        delete: (uri: Uri) => { rec.diagnostics.delete(uri.toString()); },
        get: (uri: Uri) => rec.diagnostics.get(uri.toString()),
        clear: () => rec.diagnostics.clear(),
        forEach: () => undefined,
        dispose: () => undefined,
      }),
    },
  };
  const fallbackNamespace = (ns: Record<string, unknown>, name: string) =>
    new Proxy(ns, { get: (t, p) => (p in t ? t[p as string] : inert(`${name}.${String(p)}`)) });
  for (const ns of ['window', 'workspace', 'languages', 'commands', 'env']) {
    api[ns] = fallbackNamespace(api[ns] as Record<string, unknown>, ns);
  }
  const vscode = new Proxy(api, { get: (t, p) => (p in t ? t[p as string] : inert(String(p))) });
  return { vscode, rec, changeSettings };
}

/** Makes `require('vscode')` return `stub` until the returned function is called. */
export function installVscode(stub: unknown): () => void {
  const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = mod._load;
  mod._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return stub;
    return original.call(this, request, ...rest);
  };
  return () => { mod._load = original; };
}

export const BUNDLE = path.join(EXTENSION_ROOT, 'dist', 'extension.js');

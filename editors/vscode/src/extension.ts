// CloseLint for VS Code: starts `closelint lsp` through vscode-languageclient and adds a few
// commands and a status-bar item. The decisions live in the pure modules next to this file.
import * as fs from 'fs';
import * as os from 'os';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  Executable,
  LanguageClient,
  LanguageClientOptions,
} from 'vscode-languageclient/node';
import {
  answerConfigurationRequest,
  CLOSING_SCRIPT_LANGUAGE,
  CONFIG_SECTION,
  DEFAULTS,
  DocumentFilter,
  documentSelector,
  MappingResult,
  toServerConfiguration,
} from './configuration';
import { EXPLAIN_RULE_SERVER_COMMAND, explanationMarkdown, RULES, ruleDocUrl } from './rules';
import { ResolutionError, ResolutionHost, resolveServer, ServerCommand } from './serverResolution';
import { isScriptStats, SCRIPT_STATS_NOTIFICATION, ScriptStats, statusText, statusTooltip, summaryTooLong } from './stats';
import { templateSnippet } from './template';

const RULE_DOC_SCHEME = 'closelint-rule';

let extensionContext: vscode.ExtensionContext;
let output: vscode.LogOutputChannel;
let client: LanguageClient | undefined;
let currentServer: ServerCommand | undefined;
let statusBar: ScriptStatsStatusBar;
/** Start and stop run one at a time, in the order they were asked for. */
let lifecycle: Promise<unknown> = Promise.resolve();
const ruleDocs = new Map<string, string>();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionContext = context;
  output = vscode.window.createOutputChannel('CloseLint', { log: true });
  statusBar = new ScriptStatsStatusBar();
  context.subscriptions.push(output, statusBar);

  context.subscriptions.push(
    vscode.commands.registerCommand('closelint.explain', explainRule),
    vscode.commands.registerCommand('closelint.insertTemplate', insertTemplate),
    vscode.commands.registerCommand('closelint.restartServer', () => restartServer(true)),
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, {
      provideTextDocumentContent: (uri) => ruleDocs.get(uri.toString()) ?? '',
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('closelint.server.path') || e.affectsConfiguration('closelint.enableFor')) {
        output.info('closelint.server.path or closelint.enableFor changed; restarting the server if a script is open.');
        void enqueue(stopClient).then(() => {
          startRequested = false; // try again, and tell the user again if it still fails
          startIfNeeded();
        });
      }
      if (e.affectsConfiguration(CONFIG_SECTION)) statusBar.refresh();
    }),
    vscode.workspace.onDidOpenTextDocument(() => startIfNeeded()),
    { dispose: () => void stopClient() },
  );

  startIfNeeded();
}

export function deactivate(): Thenable<void> | undefined {
  return client ? enqueue(stopClient) : undefined;
}

function enqueue<T>(op: () => Promise<T>): Promise<T> {
  const next = lifecycle.then(op, op);
  lifecycle = next.catch(() => undefined);
  return next;
}

function selector(): DocumentFilter[] {
  return documentSelector(vscode.workspace.getConfiguration(CONFIG_SECTION).get('enableFor', DEFAULTS.enableFor));
}

/** Starts the server the first time a document it serves is open, so a plain Markdown user never pays for it. */
let startRequested = false;
function startIfNeeded(): void {
  if (startRequested) return;
  const filters = selector();
  if (vscode.workspace.textDocuments.some((doc) => vscode.languages.match(filters, doc) > 0)) {
    startRequested = true;
    void enqueue(startClient);
  }
}

async function restartServer(userAsked: boolean): Promise<void> {
  startRequested = true;
  await enqueue(async () => {
    await stopClient();
    await startClient();
  });
  if (userAsked && client) void vscode.window.setStatusBarMessage('CloseLint: server restarted', 3000);
}

function nodeHost(): ResolutionHost {
  return {
    platform: process.platform,
    env: process.env,
    homeDir: os.homedir(),
    isFile: (p) => {
      try {
        return fs.statSync(p).isFile();
      } catch {
        return false;
      }
    },
  };
}

function workspaceFolderFor(uri?: vscode.Uri): string | undefined {
  const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}

/** Reads `closelint.*` for a resource and maps it to what the server expects; logs ignored values. */
function serverConfiguration(scopeUri?: vscode.Uri): MappingResult['config'] {
  const settings = vscode.workspace.getConfiguration(CONFIG_SECTION, scopeUri);
  const { config, problems } = toServerConfiguration(settings, {
    workspaceFolder: workspaceFolderFor(scopeUri),
    homeDir: os.homedir(),
  });
  for (const problem of problems) output.warn(problem);
  return config;
}

async function startClient(): Promise<void> {
  if (client) return;
  const settings = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const workspaceFolder = workspaceFolderFor();
  const resolution = resolveServer(
    { configuredPath: settings.get<string>('server.path'), extensionPath: extensionContext.extensionPath, workspaceFolder },
    nodeHost(),
  );
  if (!resolution.ok) {
    output.error(resolution.error.message);
    void showSetupProblem(resolution.error);
    return;
  }
  currentServer = resolution.server;
  output.info(`Starting the CloseLint language server: ${currentServer.description}`);

  const serverOptions: Executable = {
    command: currentServer.command,
    args: currentServer.args,
    options: { cwd: workspaceFolder, env: { ...process.env, DOTNET_NOLOGO: '1' } },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(),
    outputChannel: output,
    synchronize: { configurationSection: CONFIG_SECTION },
    middleware: {
      workspace: {
        // The server pulls section "closelint"; answer with the mapped object, not the raw settings.
        configuration: async (params, token, next) => {
          const answer = await next(params, token);
          if (!Array.isArray(answer)) return answer;
          return answerConfigurationRequest(params.items, answer, (scopeUri) =>
            serverConfiguration(scopeUri ? vscode.Uri.parse(scopeUri) : undefined));
        },
        // Pushed settings get the same shape as pulled ones.
        didChangeConfiguration: async () => {
          await client?.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { [CONFIG_SECTION]: serverConfiguration() },
          });
        },
      },
    },
  };

  const newClient = new LanguageClient('closelint', 'CloseLint', serverOptions, clientOptions);
  client = newClient;
  newClient.onNotification(SCRIPT_STATS_NOTIFICATION, (params: unknown) => {
    if (isScriptStats(params)) statusBar.update(params);
    else output.warn(`Ignored a malformed ${SCRIPT_STATS_NOTIFICATION} notification: ${JSON.stringify(params)}`);
  });
  try {
    await newClient.start();
    output.info('The CloseLint language server is running.');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.error(`The CloseLint language server failed to start: ${message}`);
    if (client === newClient) client = undefined;
    try {
      await newClient.dispose();
    } catch {
      // already down
    }
    void showStartFailure(message);
  }
}

async function stopClient(): Promise<void> {
  const old = client;
  client = undefined;
  statusBar.clear();
  if (!old) return;
  try {
    await old.dispose(2000);
  } catch (error) {
    output.warn(`Stopping the server: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function showSetupProblem(error: ResolutionError): Promise<void> {
  const actions = error.problem === 'dotnet-not-found'
    ? ['Get .NET', 'Open Settings', 'Show Output']
    : ['Open Settings', 'Install Instructions', 'Show Output'];
  const choice = await vscode.window.showErrorMessage(error.message, ...actions);
  await handleAction(choice, error.helpUrl);
}

async function showStartFailure(message: string): Promise<void> {
  const viaDotnet = currentServer?.args[0]?.toLowerCase().endsWith('.dll');
  const hint = viaDotnet
    ? ' If the output says a framework is missing, install the .NET 10 runtime.'
    : ' Check that "closelint.server.path" points at a working closelint.';
  const choice = await vscode.window.showErrorMessage(
    `CloseLint: the language server failed to start (${message}).${hint}`,
    ...(viaDotnet ? ['Get .NET'] : []), 'Open Settings', 'Show Output');
  await handleAction(choice, 'https://dotnet.microsoft.com/download/dotnet/10.0');
}

async function handleAction(choice: string | undefined, helpUrl: string): Promise<void> {
  switch (choice) {
    case 'Get .NET':
    case 'Install Instructions':
      await vscode.env.openExternal(vscode.Uri.parse(helpUrl));
      break;
    case 'Open Settings':
      await vscode.commands.executeCommand('workbench.action.openSettings', 'closelint.server.path');
      break;
    case 'Show Output':
      output.show();
      break;
  }
}

async function explainRule(ruleId?: unknown): Promise<void> {
  let id = typeof ruleId === 'string' ? ruleId.trim().toUpperCase() : undefined;
  if (!id) {
    const pick = await vscode.window.showQuickPick(
      RULES.map((r) => ({ label: r.id, description: r.title })),
      { placeHolder: 'Which CloseLint rule do you want explained?', matchOnDescription: true },
    );
    if (!pick) return;
    id = pick.label;
  }

  let markdown: string | undefined;
  if (client?.isRunning()) {
    try {
      const result = await client.sendRequest(ExecuteCommandRequest.type, {
        command: EXPLAIN_RULE_SERVER_COMMAND,
        arguments: [id],
      });
      markdown = explanationMarkdown(result);
    } catch (error) {
      output.warn(`${EXPLAIN_RULE_SERVER_COMMAND} ${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!markdown) {
    // No server, or it had nothing to say: the published rule page.
    await vscode.env.openExternal(vscode.Uri.parse(ruleDocUrl(id)));
    return;
  }
  const uri = vscode.Uri.from({ scheme: RULE_DOC_SCHEME, path: `/${id}.md` });
  ruleDocs.set(uri.toString(), markdown);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}

async function insertTemplate(): Promise<void> {
  const snippet = new vscode.SnippetString(templateSnippet());
  let editor = vscode.window.activeTextEditor;
  if (!editor) {
    const doc = await vscode.workspace.openTextDocument({ language: CLOSING_SCRIPT_LANGUAGE, content: '' });
    editor = await vscode.window.showTextDocument(doc);
  }
  await editor.insertSnippet(snippet);
}

/** "$(clock) ~48 s" for the active script, fed by the server's `closelint/scriptStats`. */
class ScriptStatsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('closelint.scriptStats', vscode.StatusBarAlignment.Right, 100);
  private readonly stats = new Map<string, ScriptStats>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = 'CloseLint spoken length';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.stats.delete(doc.uri.toString());
        this.refresh();
      }),
    ];
  }

  update(stats: ScriptStats): void {
    this.stats.set(stats.uri, stats);
    this.refresh();
  }

  clear(): void {
    this.stats.clear();
    this.refresh();
  }

  refresh(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const stats = uri ? this.stats.get(uri) : undefined;
    if (!stats) {
      this.item.hide();
      return;
    }
    const settings = vscode.workspace.getConfiguration(CONFIG_SECTION);
    const wpm = settings.get<number>('speakingRateWpm', DEFAULTS.speakingRateWpm);
    const maxSummary = settings.get<number>('summaryMaxSeconds', DEFAULTS.summaryMaxSeconds);
    this.item.text = statusText(stats);
    this.item.tooltip = statusTooltip(stats, wpm, maxSummary);
    this.item.backgroundColor = summaryTooLong(stats, maxSummary)
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

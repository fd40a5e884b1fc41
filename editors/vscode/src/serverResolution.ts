// Finds the CloseLint language server. Pure: everything it touches on the machine comes in
// through `ResolutionHost`, so the unit tests can describe any machine they like.
import * as path from 'path';

/** What the extension spawns: `command args...`, speaking LSP over stdio. */
export interface ServerCommand {
  command: string;
  args: string[];
  /** Where the server was found, for the output channel. */
  source: 'setting' | 'path' | 'dotnet-tools' | 'bundled';
  /** A human-readable one-liner for the log. */
  description: string;
}

export type ResolutionProblem = 'server-not-found' | 'setting-not-found' | 'dotnet-not-found';

export interface ResolutionError {
  problem: ResolutionProblem;
  /** The notification text: what is wrong and how to fix it. */
  message: string;
  /** Where the "Get .NET" / docs button should point. */
  helpUrl: string;
}

export type ResolutionResult = { ok: true; server: ServerCommand } | { ok: false; error: ResolutionError };

/** Everything the resolver needs to know about the machine. */
export interface ResolutionHost {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homeDir: string;
  /** True if `p` is an existing regular file. */
  isFile(p: string): boolean;
}

export interface ResolutionInput {
  /** The value of `closelint.server.path`, possibly empty. */
  configuredPath?: string | null;
  /** The extension's install folder (`context.extensionPath`). */
  extensionPath: string;
  /** Used to expand `${workspaceFolder}` in the setting, and to resolve a relative setting. */
  workspaceFolder?: string;
}

export const SERVER_ARGS = ['lsp'];
export const DOTNET_DOWNLOAD_URL = 'https://dotnet.microsoft.com/download/dotnet/10.0';
export const INSTALL_DOCS_URL = 'https://github.com/closelint/closelint#install';
export const INSTALL_TOOL_COMMAND = 'dotnet tool install --global CloseLint';
/** Relative to the extension folder; filled by `npm run bundle-server`. */
export const BUNDLED_SERVER = ['server', 'closelint.dll'];

export function resolveServer(input: ResolutionInput, host: ResolutionHost): ResolutionResult {
  const p = pathFor(host.platform);
  const configured = (input.configuredPath ?? '').trim();

  if (configured) {
    const expanded = expandPath(configured, host, input.workspaceFolder);
    const looksLikeBareName = !/[\\/]/.test(expanded) && !isDll(expanded);
    let file: string | undefined;
    if (looksLikeBareName) {
      file = findOnPath(expanded, host);
    } else {
      const absolute = p.isAbsolute(expanded)
        ? expanded
        : p.resolve(input.workspaceFolder ?? host.homeDir, expanded);
      file = host.isFile(absolute) ? absolute : undefined;
      if (!file && host.platform === 'win32' && !p.extname(absolute)) {
        file = ['.exe', '.cmd'].map((ext) => absolute + ext).find((c) => host.isFile(c));
      }
    }
    if (!file) {
      return fail('setting-not-found',
        `CloseLint: the language server set in "closelint.server.path" was not found: ${configured}. ` +
        `Point the setting at a closelint executable or a closelint.dll, or clear it to use closelint from PATH ` +
        `(install with \`${INSTALL_TOOL_COMMAND}\`).`,
        INSTALL_DOCS_URL);
    }
    return viaDotnetIfDll(file, 'setting', host);
  }

  const onPath = findOnPath('closelint', host);
  if (onPath) {
    return ok({ command: onPath, args: [...SERVER_ARGS], source: 'path', description: `${onPath} (from PATH)` });
  }

  // `dotnet tool install --global` puts the shim here, but a GUI-launched editor often lacks it on PATH.
  const toolShim = p.join(host.homeDir, '.dotnet', 'tools', host.platform === 'win32' ? 'closelint.exe' : 'closelint');
  if (host.isFile(toolShim)) {
    return ok({ command: toolShim, args: [...SERVER_ARGS], source: 'dotnet-tools', description: `${toolShim} (.NET global tool)` });
  }

  const bundled = p.join(input.extensionPath, ...BUNDLED_SERVER);
  if (host.isFile(bundled)) {
    return viaDotnetIfDll(bundled, 'bundled', host);
  }

  return fail('server-not-found',
    `CloseLint: the language server was not found. Install it with \`${INSTALL_TOOL_COMMAND}\` ` +
    `(needs the .NET 10 SDK), or set "closelint.server.path" to a closelint executable or closelint.dll.`,
    INSTALL_DOCS_URL);
}

function viaDotnetIfDll(file: string, source: ServerCommand['source'], host: ResolutionHost): ResolutionResult {
  if (!isDll(file)) {
    return ok({ command: file, args: [...SERVER_ARGS], source, description: `${file} (${sourceLabel(source)})` });
  }
  const dotnet = findDotnet(host);
  if (!dotnet) {
    return fail('dotnet-not-found',
      `CloseLint: the .NET runtime (dotnet) was not found, and it is needed to run ${file}. ` +
      `Install the .NET 10 runtime from ${DOTNET_DOWNLOAD_URL} and restart the editor, ` +
      `or set "closelint.server.path" to a self-contained closelint executable.`,
      DOTNET_DOWNLOAD_URL);
  }
  return ok({ command: dotnet, args: [file, ...SERVER_ARGS], source, description: `${dotnet} ${file} (${sourceLabel(source)})` });
}

function sourceLabel(source: ServerCommand['source']): string {
  switch (source) {
    case 'setting': return 'closelint.server.path';
    case 'path': return 'from PATH';
    case 'dotnet-tools': return '.NET global tool';
    case 'bundled': return 'bundled with the extension';
  }
}

/** Finds `dotnet`: PATH first, then DOTNET_ROOT, then the installers' default folders. */
export function findDotnet(host: ResolutionHost): string | undefined {
  const onPath = findOnPath('dotnet', host);
  if (onPath) return onPath;
  const p = pathFor(host.platform);
  const exe = host.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const roots: string[] = [];
  for (const v of ['DOTNET_ROOT', 'DOTNET_ROOT_X64', 'DOTNET_ROOT_ARM64']) {
    const value = host.env[v];
    if (value) roots.push(value);
  }
  if (host.platform === 'win32') {
    const pf = host.env['ProgramFiles'] ?? 'C:\\Program Files';
    roots.push(p.join(pf, 'dotnet'));
  } else if (host.platform === 'darwin') {
    roots.push('/usr/local/share/dotnet', '/opt/homebrew/opt/dotnet/libexec');
  } else {
    roots.push('/usr/share/dotnet', '/usr/lib/dotnet', '/usr/local/share/dotnet', '/snap/dotnet-sdk/current');
  }
  roots.push(p.join(host.homeDir, '.dotnet'));
  return roots.map((r) => p.join(r, exe)).find((c) => host.isFile(c));
}

/** `which`: the first `name` (with PATHEXT extensions on Windows) in the PATH folders. */
export function findOnPath(name: string, host: ResolutionHost): string | undefined {
  const p = pathFor(host.platform);
  const win = host.platform === 'win32';
  const pathValue = (win ? host.env['Path'] ?? host.env['PATH'] : host.env['PATH']) ?? '';
  const exts = win
    ? ['', ...(host.env['PATHEXT'] ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean).map((e) => e.toLowerCase())]
    : [''];
  for (const dir of pathValue.split(win ? ';' : ':')) {
    if (!dir) continue;
    const folder = dir.replace(/^"(.*)"$/, '$1');
    for (const ext of exts) {
      if (win && ext === '' && !p.extname(name)) continue; // Windows cannot run an extension-less file
      const candidate = p.join(folder, name + ext);
      if (host.isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Expands `~`, `${userHome}`, `${workspaceFolder}` and `${env:NAME}` in a path setting. */
export function expandPath(value: string, host: Pick<ResolutionHost, 'homeDir' | 'env'>, workspaceFolder?: string): string {
  let result = value.trim()
    .replace(/\$\{userHome\}/g, host.homeDir)
    .replace(/\$\{env:([^}]+)\}/g, (_, name: string) => host.env[name] ?? '');
  if (workspaceFolder !== undefined) {
    result = result.replace(/\$\{workspaceFolder\}/g, workspaceFolder);
  }
  if (result === '~') return host.homeDir;
  if (result.startsWith('~/') || result.startsWith('~\\')) {
    result = host.homeDir + result.slice(1);
  }
  return result;
}

function isDll(file: string): boolean {
  return file.toLowerCase().endsWith('.dll');
}

function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

function ok(server: ServerCommand): ResolutionResult {
  return { ok: true, server };
}

function fail(problem: ResolutionProblem, message: string, helpUrl: string): ResolutionResult {
  return { ok: false, error: { problem, message, helpUrl } };
}

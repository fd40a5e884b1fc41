// Maps the user's `closelint.*` settings to the object the language server asks for with
// `workspace/configuration` (section "closelint"). Pure, so it can be unit-tested without VS Code.
import * as path from 'path';

export const CONFIG_SECTION = 'closelint';

export const SEVERITY_LEVELS = ['none', 'silent', 'suggestion', 'warning', 'error'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export const DEFAULTS = {
  speakingRateWpm: 150,
  summaryMaxSeconds: 30,
  enableFor: ['closing-script'] as string[],
};

/** Exactly what the server receives for section "closelint". */
export interface ServerConfiguration {
  speakingRateWpm: number;
  summaryMaxSeconds: number;
  /** Rule id (e.g. "CL0002") → severity. Only valid entries are kept. */
  severity: Record<string, SeverityLevel>;
  /** Absolute path of an extra phrase list, or null when not set. */
  extraGimmickPhrases: string | null;
  extraHedgePhrases: string | null;
}

/** The part of `vscode.WorkspaceConfiguration` that the mapping reads. */
export interface SettingsReader {
  get<T>(key: string): T | undefined;
}

export interface MappingContext {
  /** Folder used to resolve relative phrase-list paths and `${workspaceFolder}`. */
  workspaceFolder?: string;
  homeDir?: string;
}

export interface MappingResult {
  config: ServerConfiguration;
  /** Settings that were ignored, worded for the output channel. */
  problems: string[];
}

const RULE_ID = /^CL\d{4}$/;

export function toServerConfiguration(settings: SettingsReader, context: MappingContext = {}): MappingResult {
  const problems: string[] = [];

  const speakingRateWpm = positiveNumber(settings.get('speakingRateWpm'), DEFAULTS.speakingRateWpm, 'speakingRateWpm', problems, 40, 400);
  const summaryMaxSeconds = positiveNumber(settings.get('summaryMaxSeconds'), DEFAULTS.summaryMaxSeconds, 'summaryMaxSeconds', problems, 1, 600);

  const severity: Record<string, SeverityLevel> = {};
  const rawSeverity = settings.get<unknown>('severity');
  if (rawSeverity !== undefined && rawSeverity !== null) {
    if (typeof rawSeverity !== 'object' || Array.isArray(rawSeverity)) {
      problems.push('closelint.severity must be an object such as { "CL0002": "error" }; ignored.');
    } else {
      for (const [key, value] of Object.entries(rawSeverity as Record<string, unknown>)) {
        const id = key.trim().toUpperCase();
        const level = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
        if (!RULE_ID.test(id)) {
          problems.push(`closelint.severity: "${key}" is not a rule id like CL0002; ignored.`);
        } else if (!level || !(SEVERITY_LEVELS as readonly string[]).includes(level)) {
          problems.push(`closelint.severity.${key}: "${String(value)}" is not one of ${SEVERITY_LEVELS.join('|')}; ignored.`);
        } else {
          severity[id] = level as SeverityLevel;
        }
      }
    }
  }

  return {
    config: {
      speakingRateWpm,
      summaryMaxSeconds,
      severity,
      extraGimmickPhrases: phraseListPath(settings.get('extraGimmickPhrases'), context),
      extraHedgePhrases: phraseListPath(settings.get('extraHedgePhrases'), context),
    },
    problems,
  };
}

function positiveNumber(value: unknown, fallback: number, name: string, problems: string[], min: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    problems.push(`closelint.${name}: ${JSON.stringify(value)} is outside ${min}..${max}; using ${fallback}.`);
    return fallback;
  }
  return value;
}

/** Expands `~`/`${workspaceFolder}` and makes a relative path absolute against the workspace folder. */
export function phraseListPath(value: unknown, context: MappingContext): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let p = value.trim();
  if (context.workspaceFolder !== undefined) p = p.replace(/\$\{workspaceFolder\}/g, context.workspaceFolder);
  if (context.homeDir !== undefined) {
    p = p.replace(/\$\{userHome\}/g, context.homeDir);
    if (p === '~') p = context.homeDir;
    else if (p.startsWith('~/') || p.startsWith('~\\')) p = context.homeDir + p.slice(1);
  }
  const isAbsolute = path.posix.isAbsolute(p) || path.win32.isAbsolute(p);
  if (!isAbsolute && context.workspaceFolder !== undefined) {
    const join = /^[A-Za-z]:[\\/]|^\\\\/.test(context.workspaceFolder) ? path.win32.join : path.posix.join;
    p = join(context.workspaceFolder, p);
  }
  return p;
}

/** Languages (besides closing-script) that `closelint.enableFor` may switch on. */
export const OPTIONAL_LANGUAGES = ['markdown', 'plaintext'] as const;
export const CLOSING_SCRIPT_LANGUAGE = 'closing-script';

export interface DocumentFilter {
  language: string;
  scheme: string;
}

/** closing-script always; markdown and plaintext when `closelint.enableFor` lists them. */
export function documentSelector(enableFor: unknown): DocumentFilter[] {
  const languages = [CLOSING_SCRIPT_LANGUAGE];
  if (Array.isArray(enableFor)) {
    for (const item of enableFor) {
      if (typeof item !== 'string') continue;
      const id = item.trim();
      if (id && id !== CLOSING_SCRIPT_LANGUAGE && !languages.includes(id)) languages.push(id);
    }
  }
  const filters: DocumentFilter[] = [];
  for (const language of languages) {
    for (const scheme of ['file', 'untitled']) filters.push({ language, scheme });
  }
  return filters;
}

/** One item of a `workspace/configuration` request. */
export interface ConfigurationItem {
  section?: string | null;
  scopeUri?: string | null;
}

/**
 * Answers a `workspace/configuration` request: items for section "closelint" get the mapped
 * server configuration, every other item keeps the client's default answer.
 */
export function answerConfigurationRequest(
  items: readonly ConfigurationItem[],
  defaultAnswer: readonly unknown[],
  configFor: (scopeUri: string | undefined) => ServerConfiguration,
): unknown[] {
  return items.map((item, i) =>
    item.section === CONFIG_SECTION ? configFor(item.scopeUri ?? undefined) : defaultAnswer[i] ?? null,
  );
}

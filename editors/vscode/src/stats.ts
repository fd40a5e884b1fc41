// The `closelint/scriptStats` notification and its status-bar text. Pure.

export const SCRIPT_STATS_NOTIFICATION = 'closelint/scriptStats';

export interface ScriptStats {
  uri: string;
  speakingSeconds: number;
  summarySeconds: number;
  hasConcern: boolean;
  hasAsk: boolean;
}

export function isScriptStats(value: unknown): value is ScriptStats {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.uri === 'string'
    && typeof v.speakingSeconds === 'number' && Number.isFinite(v.speakingSeconds)
    && typeof v.summarySeconds === 'number' && Number.isFinite(v.summarySeconds)
    && typeof v.hasConcern === 'boolean'
    && typeof v.hasAsk === 'boolean';
}

/** "~48 s", "~1 min 12 s", "~2 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `~${s} s`;
  const min = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `~${min} min` : `~${min} min ${rest} s`;
}

export function statusText(stats: ScriptStats): string {
  return `$(clock) ${formatDuration(stats.speakingSeconds)}`;
}

export function summaryTooLong(stats: ScriptStats, summaryMaxSeconds: number): boolean {
  return stats.summarySeconds > summaryMaxSeconds;
}

export function statusTooltip(stats: ScriptStats, speakingRateWpm: number, summaryMaxSeconds: number): string {
  return [
    `Spoken length: ${formatDuration(stats.speakingSeconds)} at ${speakingRateWpm} words per minute`,
    `Summary: ${formatDuration(stats.summarySeconds)} (limit ${summaryMaxSeconds} s)${summaryTooLong(stats, summaryMaxSeconds) ? ' — too long' : ''}`,
    `Concern question: ${stats.hasConcern ? 'yes' : 'missing'}`,
    `Ask: ${stats.hasAsk ? 'yes' : 'missing'}`,
  ].join('\n');
}

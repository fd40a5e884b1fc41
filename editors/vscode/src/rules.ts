// Rule ids for the "Explain rule" picker, and how an explanation is shown. Pure.

export interface RuleInfo {
  id: string;
  /** Short description for the quick pick; the server's explanation is the authority. */
  title: string;
}

export const RULES: readonly RuleInfo[] = [
  { id: 'CL0001', title: 'Summary too long to say in the time limit' },
  { id: 'CL0002', title: 'Salesy gimmick phrase' },
  { id: 'CL0003', title: 'No concern question' },
  { id: 'CL0004', title: 'No ask' },
  { id: 'CL0005', title: 'Ask comes before the concern question' },
  { id: 'CL0006', title: '' },
  { id: 'CL0007', title: 'Textbook sentence copied word for word' },
  { id: 'CL0008', title: 'Hedged or apologetic ask' },
  { id: 'CL0009', title: 'Ask is missing interest or next steps' },
  { id: 'CL0010', title: '' },
];

/** The server's `workspace/executeCommand` command that returns a rule's Markdown documentation. */
export const EXPLAIN_RULE_SERVER_COMMAND = 'closelint.explainRule';

export function ruleDocUrl(id: string): string {
  return `https://github.com/closelint/closelint/blob/main/docs/rules/${encodeURIComponent(id)}.md`;
}

/**
 * Pulls Markdown out of the server's answer to `closelint.explainRule`: a string, or an object
 * with a `markdown`, `value` or `contents` string (MarkupContent-like). Anything else → undefined.
 */
export function explanationMarkdown(result: unknown): string | undefined {
  if (typeof result === 'string') return result.trim() ? result : undefined;
  if (result && typeof result === 'object') {
    const o = result as Record<string, unknown>;
    for (const key of ['markdown', 'value', 'contents']) {
      const v = o[key];
      if (typeof v === 'string' && v.trim()) return v;
      if (v && typeof v === 'object' && typeof (v as Record<string, unknown>).value === 'string') {
        const inner = (v as Record<string, unknown>).value as string;
        if (inner.trim()) return inner;
      }
    }
  }
  return undefined;
}

/** The text shown when the server cannot explain the rule: a link to the published page. */
export function fallbackExplanation(id: string): string {
  return `# ${id}\n\nThe language server did not return documentation for this rule.\n\nRead it online: ${ruleDocUrl(id)}\n`;
}

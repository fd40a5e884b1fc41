// The closing-script skeleton inserted by "CloseLint: Insert closing-script template".
// Pure text, so the tests can check it without VS Code.

/** Headings in the order the rules expect them: summary, then the concern question, then the ask. */
export const TEMPLATE_SECTIONS = ['## Summary', '## Concern question', '## Ask'] as const;

/**
 * The template as plain text. `[...]` marks what the candidate fills in; the HTML comments are
 * notes to self and are not counted as speech.
 */
export const TEMPLATE_TEXT = [
  '## Summary',
  '',
  '<!-- About 30 seconds out loud (roughly 75 words). Three strengths that match what they told you they need. -->',
  'Thank you for walking me through [what you learned about the role].',
  '[Years] years of [core skill], most recently [a result with a number].',
  'I also [second strength that matches their priorities], and [a third proof point].',
  '',
  '## Concern question',
  '',
  '<!-- Ask for their doubts about you, then listen and answer them. -->',
  'Is there anything about my experience or my fit for this team that gives you pause?',
  '',
  '## Ask',
  '',
  '<!-- Say plainly that you want the job, then ask for the next step. -->',
  'I want this job, and I am confident I can [the value you would bring].',
  'What is the next step in your process, and when can I expect to hear from you?',
  '',
].join('\n');

/**
 * The same template as a VS Code snippet: each `[placeholder]` becomes a tab stop, in order,
 * and characters that are special in snippets are escaped.
 */
export function templateSnippet(text: string = TEMPLATE_TEXT): string {
  let stop = 0;
  const parts = text.split(/(\[[^\]\n]+\])/);
  return parts
    .map((part) => {
      if (/^\[[^\]\n]+\]$/.test(part)) {
        stop += 1;
        return `\${${stop}:${escapeSnippet(part.slice(1, -1)).replace(/}/g, '\\}')}}`;
      }
      return escapeSnippet(part);
    })
    .join('') + '$0';
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$]/g, (c) => '\\' + c);
}

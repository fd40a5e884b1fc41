import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEMPLATE_SECTIONS, TEMPLATE_TEXT, templateSnippet } from '../src/template';

describe('closing-script template', () => {
  it('has the three sections, in order: Summary, Concern question, Ask', () => {
    const headings = TEMPLATE_TEXT.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings, ['## Summary', '## Concern question', '## Ask']);
    assert.deepEqual([...TEMPLATE_SECTIONS], headings);
  });

  it('asks a concern question and asks for the job and the next step', () => {
    const concern = section('## Concern question');
    assert.match(concern, /\?/);
    const ask = section('## Ask');
    assert.match(ask, /\bwant this job\b/i);
    assert.match(ask, /next step/i);
  });

  it('keeps the summary speakable in about 30 seconds at 150 wpm (≤ 75 words of speech)', () => {
    const words = speech(section('## Summary')).split(/\s+/).filter(Boolean);
    assert.ok(words.length <= 75, `${words.length} words`);
  });

  it('avoids hedges and the textbook concern and next-steps sentences', () => {
    const text = TEMPLATE_TEXT.toLowerCase();
    for (const hedge of ['just wondering', 'maybe', 'sorry', 'if it is not too much']) assert.ok(!text.includes(hedge), hedge);
    assert.ok(!text.includes('create any concern for you'));
    assert.ok(!text.includes('what are the next steps we need to take from here'));
  });

  it('ends with a newline and uses LF', () => {
    assert.ok(TEMPLATE_TEXT.endsWith('\n'));
    assert.ok(!TEMPLATE_TEXT.includes('\r'));
  });

  it('becomes a snippet whose tab stops are the [placeholders], in order', () => {
    const snippet = templateSnippet();
    const stops = [...snippet.matchAll(/\$\{(\d+):([^}]*)\}/g)].map((m) => Number(m[1]));
    const placeholders = TEMPLATE_TEXT.match(/\[[^\]\n]+\]/g) ?? [];
    assert.equal(stops.length, placeholders.length);
    assert.deepEqual(stops, placeholders.map((_, i) => i + 1));
    assert.ok(snippet.endsWith('$0'));
    assert.ok(!snippet.includes('['));
  });

  it('escapes $ and } in snippet text', () => {
    assert.equal(templateSnippet('Cost $5 [a}b]'), 'Cost \\$5 ${1:a\\}b}$0');
  });
});

function section(heading: string): string {
  const lines = TEMPLATE_TEXT.split('\n');
  const start = lines.indexOf(heading);
  assert.ok(start >= 0, heading);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}

function speech(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, ' ');
}

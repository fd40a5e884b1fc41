import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explanationMarkdown, fallbackExplanation, RULES, ruleDocUrl } from '../src/rules';
import { formatDuration, isScriptStats, statusText, statusTooltip, summaryTooLong } from '../src/stats';

describe('rules', () => {
  it('lists CL0001..CL0010 in order', () => {
    assert.deepEqual(RULES.map((r) => r.id), Array.from({ length: 10 }, (_, i) => `CL${String(i + 1).padStart(4, '0')}`));
  });
  it('links to the rule page', () => {
    assert.equal(ruleDocUrl('CL0003'), 'https://github.com/closelint/closelint/blob/main/docs/rules/CL0003.md');
  });
  it('reads the server explanation from a string or a MarkupContent-like object', () => {
    assert.equal(explanationMarkdown('# CL0002'), '# CL0002');
    assert.equal(explanationMarkdown({ markdown: '# a' }), '# a');
    assert.equal(explanationMarkdown({ kind: 'markdown', value: '# b' }), '# b');
    assert.equal(explanationMarkdown({ contents: { kind: 'markdown', value: '# c' } }), '# c');
    assert.equal(explanationMarkdown(null), undefined);
    assert.equal(explanationMarkdown(''), undefined);
    assert.equal(explanationMarkdown({ other: 1 }), undefined);
  });
  it('has a fallback text with the link', () => {
    assert.match(fallbackExplanation('CL0004'), /docs\/rules\/CL0004\.md/);
  });
});

describe('closelint/scriptStats', () => {
  const stats = { uri: 'file:///a.close.md', speakingSeconds: 48.4, summarySeconds: 31, hasConcern: true, hasAsk: false };

  it('validates notification params', () => {
    assert.ok(isScriptStats(stats));
    assert.ok(!isScriptStats({ ...stats, speakingSeconds: '48' }));
    assert.ok(!isScriptStats({ ...stats, hasAsk: undefined }));
    assert.ok(!isScriptStats(null));
  });

  it('shows "$(clock) ~48 s"', () => {
    assert.equal(statusText(stats), '$(clock) ~48 s');
  });

  it('formats durations', () => {
    assert.equal(formatDuration(0), '~0 s');
    assert.equal(formatDuration(59.4), '~59 s');
    assert.equal(formatDuration(60), '~1 min');
    assert.equal(formatDuration(72), '~1 min 12 s');
    assert.equal(formatDuration(-3), '~0 s');
  });

  it('explains the numbers in the tooltip and flags a long summary', () => {
    const tip = statusTooltip(stats, 150, 30);
    assert.match(tip, /150 words per minute/);
    assert.match(tip, /too long/);
    assert.match(tip, /Concern question: yes/);
    assert.match(tip, /Ask: missing/);
    assert.ok(summaryTooLong(stats, 30));
    assert.ok(!summaryTooLong(stats, 45));
  });
});

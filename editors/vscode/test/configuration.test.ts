import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  answerConfigurationRequest,
  documentSelector,
  phraseListPath,
  ServerConfiguration,
  toServerConfiguration,
} from '../src/configuration';
import { getConfiguration } from './support/vscodeStub';

describe('settings → server configuration (section "closelint")', () => {
  it('maps the package.json defaults to the documented object', () => {
    const { config, problems } = toServerConfiguration(getConfiguration('closelint'));
    assert.deepEqual(config, {
      speakingRateWpm: 150,
      summaryMaxSeconds: 30,
      severity: {},
      extraGimmickPhrases: null,
      extraHedgePhrases: null,
    });
    assert.deepEqual(problems, []);
  });

  it('passes user values through, resolving phrase-list paths against the workspace folder', () => {
    const settings = getConfiguration('closelint', {
      'closelint.speakingRateWpm': 130,
      'closelint.summaryMaxSeconds': 45,
      'closelint.severity': { CL0002: 'error', cl0008: 'Suggestion' },
      'closelint.extraGimmickPhrases': 'lists/gimmicks.txt',
      'closelint.extraHedgePhrases': '/etc/closelint/hedges.txt',
      'closelint.server.path': '/opt/closelint',
      'closelint.trace.server': 'verbose',
    });
    const { config, problems } = toServerConfiguration(settings, { workspaceFolder: '/work/scripts' });
    assert.deepEqual(config, {
      speakingRateWpm: 130,
      summaryMaxSeconds: 45,
      severity: { CL0002: 'error', CL0008: 'suggestion' },
      extraGimmickPhrases: '/work/scripts/lists/gimmicks.txt',
      extraHedgePhrases: '/etc/closelint/hedges.txt',
    });
    assert.deepEqual(problems, []);
    // Client-only settings never reach the server.
    assert.deepEqual(Object.keys(config).sort(), ['extraGimmickPhrases', 'extraHedgePhrases', 'severity', 'speakingRateWpm', 'summaryMaxSeconds']);
  });

  it('sends exactly { CL0002: "error" } for that one override', () => {
    const { config } = toServerConfiguration(getConfiguration('closelint', { 'closelint.severity': { CL0002: 'error' } }));
    assert.deepEqual(config.severity, { CL0002: 'error' });
  });

  it('drops invalid severities and numbers, and says why', () => {
    const { config, problems } = toServerConfiguration(getConfiguration('closelint', {
      'closelint.speakingRateWpm': -5,
      'closelint.summaryMaxSeconds': 'thirty',
      'closelint.severity': { CL0002: 'fatal', 'no-gimmicks': 'error', CL0003: 'warning', CL0004: 3 },
    }));
    assert.equal(config.speakingRateWpm, 150);
    assert.equal(config.summaryMaxSeconds, 30);
    assert.deepEqual(config.severity, { CL0003: 'warning' });
    assert.equal(problems.length, 5, problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('fatal')));
    assert.ok(problems.some((p) => p.includes('no-gimmicks')));
  });

  it('rejects a severity that is not an object', () => {
    const { config, problems } = toServerConfiguration(getConfiguration('closelint', { 'closelint.severity': ['CL0002'] }));
    assert.deepEqual(config.severity, {});
    assert.equal(problems.length, 1);
  });

  it('serializes to plain JSON', () => {
    const { config } = toServerConfiguration(getConfiguration('closelint', { 'closelint.severity': { CL0001: 'none' } }));
    assert.deepEqual(JSON.parse(JSON.stringify(config)), config);
  });
});

describe('phraseListPath', () => {
  it('returns null for unset or blank values', () => {
    assert.equal(phraseListPath(undefined, {}), null);
    assert.equal(phraseListPath('  ', {}), null);
    assert.equal(phraseListPath(42, {}), null);
  });
  it('expands ~ and ${workspaceFolder}', () => {
    assert.equal(phraseListPath('~/g.txt', { homeDir: '/home/ann' }), '/home/ann/g.txt');
    assert.equal(phraseListPath('${workspaceFolder}/g.txt', { workspaceFolder: '/w' }), '/w/g.txt');
  });
  it('keeps absolute paths, including Windows ones', () => {
    assert.equal(phraseListPath('C:\\lists\\g.txt', { workspaceFolder: '/w' }), 'C:\\lists\\g.txt');
    assert.equal(phraseListPath('g.txt', { workspaceFolder: 'C:\\w' }), 'C:\\w\\g.txt');
  });
  it('leaves a relative path alone when there is no workspace folder', () => {
    assert.equal(phraseListPath('g.txt', {}), 'g.txt');
  });
});

describe('workspace/configuration answers', () => {
  const mapped: ServerConfiguration = {
    speakingRateWpm: 150, summaryMaxSeconds: 30, severity: { CL0002: 'error' }, extraGimmickPhrases: null, extraHedgePhrases: null,
  };
  it('replaces section "closelint" items and keeps the others', () => {
    const scopes: (string | undefined)[] = [];
    const answer = answerConfigurationRequest(
      [{ section: 'closelint', scopeUri: 'file:///a.close.md' }, { section: 'editor.tabSize' }, { section: 'closelint' }],
      [{ raw: true }, 4, { raw: true }],
      (scope) => { scopes.push(scope); return mapped; },
    );
    assert.deepEqual(answer, [mapped, 4, mapped]);
    assert.deepEqual(scopes, ['file:///a.close.md', undefined]);
  });
});

describe('document selector', () => {
  it('always includes closing-script, for files and untitled documents', () => {
    assert.deepEqual(documentSelector(undefined), [
      { language: 'closing-script', scheme: 'file' },
      { language: 'closing-script', scheme: 'untitled' },
    ]);
    assert.deepEqual(documentSelector([]).map((f) => f.language), ['closing-script', 'closing-script']);
  });
  it('adds markdown and plaintext when closelint.enableFor lists them', () => {
    const langs = new Set(documentSelector(['closing-script', 'markdown', 'plaintext']).map((f) => f.language));
    assert.deepEqual([...langs], ['closing-script', 'markdown', 'plaintext']);
  });
  it('uses the package.json default ["closing-script"]', () => {
    const enableFor = getConfiguration('closelint').get<string[]>('enableFor');
    assert.deepEqual(enableFor, ['closing-script']);
    assert.deepEqual(new Set(documentSelector(enableFor).map((f) => f.language)), new Set(['closing-script']));
  });
  it('ignores junk entries and duplicates', () => {
    const langs = documentSelector(['markdown', 'markdown', 3, ' ', null]).map((f) => f.language);
    assert.deepEqual(langs, ['closing-script', 'closing-script', 'markdown', 'markdown']);
  });
});

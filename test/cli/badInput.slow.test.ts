// Bad input through the command line, one case per test: whatever the bytes,
// `policy-lens analyze` reports instead of crashing, offsets stay UTF-16
// indices into the decoded text, and the exit status keeps its contract
// (0 clean, 1 error-severity diagnostics, 2 usage or I/O).

import { strict as assert } from 'assert';
import * as fs from 'fs';
import { Report, runCli, tempFolder } from './helpers';

function single(stdout: string): Report {
  const reports = JSON.parse(stdout) as Report[];
  assert.equal(reports.length, 1, stdout.slice(0, 500));
  return reports[0];
}

/** Each amount's text is the decoded text at its offsets. */
function assertAmountsAt(text: string, r: Report): void {
  for (const a of r.amounts) assert.equal(text.slice(a.start, a.end), a.text, JSON.stringify(a));
}

describe('CLI on bad input', function () {
  this.timeout(60000);
  let tmp: ReturnType<typeof tempFolder>;
  before(() => {
    assert.ok(fs.existsSync(require('./helpers').CLI), 'dist/cli.js is missing: run npm run build');
    tmp = tempFolder('cli');
  });
  after(() => tmp.remove());

  it('an empty file gives an empty report and exit 0', async () => {
    const run = await runCli(['analyze', '--format', 'json', tmp.file('empty.md', '')]);
    assert.equal(run.status, 0, run.stderr);
    const r = single(run.stdout);
    assert.deepEqual([r.amounts, r.percentages, r.entities, r.checks, r.diagnostics], [[], [], [], [], []]);
    assert.equal(run.stderr, '');
  });

  it('a binary file (PNG bytes with NULs) gives a not-text diagnostic and exit 0', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    const bytes = Buffer.concat([png, Buffer.from(' 3 M€ 12 % '), Buffer.alloc(64, 0xff)]);
    const run = await runCli(['analyze', '--format', 'json', tmp.file('image.md', bytes)]);
    assert.equal(run.status, 0, run.stderr);
    const r = single(run.stdout);
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['not-text']);
    assert.equal(r.amounts.length, 0, 'a binary file is not analysed');
  });

  it('NUL bytes inside a long text file: the text around them is analysed with right offsets', async () => {
    // Past the first 8 KB, a NUL does not make the file binary (git's rule): it is a character like any other.
    const text = 'Un paragraphe sans chiffre.\n'.repeat(400) + 'Le fonds\u0000 dispose de 40 millions d’euros.\n\u0000\u0000 Puis 3 M€.\n';
    const run = await runCli(['analyze', '--format', 'json', tmp.file('nul.md', text)]);
    assert.equal(run.status, 0, run.stderr);
    const r = single(run.stdout);
    assert.deepEqual(r.amounts.map((a) => a.value), [40e6, 3e6]);
    assertAmountsAt(text, r);
    assert.ok(!r.diagnostics.some((d) => d.code === 'not-text'));
  });

  it('invalid UTF-8 gives an invalid-utf8 diagnostic, and offsets after the bad bytes are right', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Un budget de 3 M€.\n'),
      Buffer.from([0xff]),
      Buffer.from(' Puis 4 M€ pour '),
      Buffer.from([0xc3]), // a truncated two-byte sequence
      Buffer.from(' le reste et 5 M€.\n'),
      Buffer.from([0xed, 0xa0, 0x80]), // an encoded surrogate: invalid in UTF-8 (three replacement characters)
      Buffer.from(' Enfin 6 M€.\n'),
    ]);
    // What the text is, written out by hand: every invalid byte becomes one U+FFFD.
    const text = 'Un budget de 3 M€.\n\ufffd Puis 4 M€ pour \ufffd le reste et 5 M€.\n\ufffd\ufffd\ufffd Enfin 6 M€.\n';
    const run = await runCli(['analyze', '--format', 'json', tmp.file('latin.md', bytes)]);
    assert.equal(run.status, 0, run.stderr);
    const r = single(run.stdout);
    assert.ok(r.diagnostics.some((d) => d.code === 'invalid-utf8'), JSON.stringify(r.diagnostics));
    assert.deepEqual(r.amounts.map((a) => a.value), [3e6, 4e6, 5e6, 6e6]);
    assertAmountsAt(text, r);
    assert.equal(r.amounts[3].start, text.indexOf('6 M€'));
  });

  it('a UTF-8 BOM is not counted: offsets start after it', async () => {
    const body = 'Un budget de 3 M€.\nLe plan de 10 M€, dont 6 M€ et 6 M€.\n';
    const run = await runCli(['analyze', '--format', 'json', tmp.file('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]))]);
    assert.equal(run.status, 0, run.stderr);
    const r = single(run.stdout);
    assert.equal(r.amounts[0].start, 13);
    assertAmountsAt(body, r);
    const d = r.diagnostics.find((x) => x.code === 'sum-mismatch');
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.deepEqual(d.range.start, { line: 1, character: d.start - body.indexOf('\n') - 1 });
  });

  it('CRLF, lone CR and mixed line endings: lines and columns are right', async () => {
    const mismatch = 'Le plan de 10 M€, dont 6 M€ et 6 M€.';
    const text = `# Titre\r\n\r\nIntro.\r${mismatch}\n\r\n${mismatch}\r\n`;
    const file = tmp.file('crlf.md', text);
    const run = await runCli(['analyze', '--format', 'json', file]);
    const r = single(run.stdout);
    assertAmountsAt(text, r);
    const lines = r.diagnostics.filter((d) => d.code === 'sum-mismatch');
    assert.equal(lines.length, 2, JSON.stringify(r.diagnostics));
    // Lines: 0 « # Titre », 1 blank, 2 « Intro. », 3 first mismatch (after a lone CR), 4 blank, 5 second mismatch.
    assert.deepEqual(lines.map((d) => d.range.start.line), [3, 5]);
    for (const d of lines) {
      const lineStart = d.range.start.line === 3 ? text.indexOf('Le plan') : text.lastIndexOf('Le plan');
      assert.equal(d.range.start.character, d.start - lineStart);
    }
    const textRun = await runCli(['analyze', '--format', 'text', file]);
    const printed = textRun.stdout.split('\n').filter((l) => l.includes('sum-mismatch'));
    assert.deepEqual(
      printed.map((l) => l.split(' ')[0].split(':').slice(-2).join(':')),
      lines.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`),
    );
  });

  it('surrogate pairs and emoji before an amount: offsets count UTF-16 code units', async () => {
    const text = '🙂👩‍👩‍👧 𝔘𝔫 budget de 3 M€ 🇫🇷 et 12 % pour 𝟙 programme de 4 M€.\n';
    const run = await runCli(['analyze', '--format', 'json', tmp.file('emoji.md', text)]);
    const r = single(run.stdout);
    assert.deepEqual(r.amounts.map((a) => a.text), ['3 M€', '4 M€']);
    assertAmountsAt(text, r);
    assert.equal(r.amounts[0].start, text.indexOf('3 M€'));
    for (const p of r.percentages) assert.equal(text.slice(p.start, p.end), p.text);
    assert.equal(r.percentages[0].start, text.indexOf('12 %'));
  });

  it('--max-size lowers the limit', async () => {
    const text = 'Un budget de 3 M€.\n'.repeat(100);
    const run = await runCli(['analyze', '--format', 'json', '--max-size', '100', tmp.file('small-limit.md', text)]);
    const r = single(run.stdout);
    const notice = r.diagnostics.find((d) => d.code === 'size-limit');
    assert.ok(notice && notice.start === 100, JSON.stringify(r.diagnostics));
    assert.equal(r.amounts.length, 5, 'the amounts of the first 100 characters');
  });

  it('10 000 diagnostics in one file are capped at 1 000 with one too-many-diagnostics notice', async () => {
    const run = await runCli(['analyze', '--format', 'json', tmp.file('noisy.md', '1,5 milliards d’euros\n'.repeat(10000))]);
    const r = single(run.stdout);
    assert.equal(r.diagnostics.length, 1001);
    const notices = r.diagnostics.filter((d) => d.code === 'too-many-diagnostics');
    assert.equal(notices.length, 1);
    assert.match(notices[0].message, /^9000 more diagnostics/);
  });

  it('a malformed glossary (random bytes) is reported, never a crash, and briefs are still analysed', async () => {
    let seed = 7;
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const binary = tmp.file('g/bytes.glossary.md', random);
    const text = tmp.file('g/text.glossary.md', Buffer.concat([Buffer.from('## Pass Numérique Local\n- kind: \n- variants: ;;\n'), Buffer.from(random.filter((b) => b !== 0))]));
    const brief = tmp.file('g/brief.md', 'Le PIA4 reçoit 3 M€.\n');
    const run = await runCli(['analyze', '--format', 'json', binary, text, brief]);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const reports = JSON.parse(run.stdout) as Report[];
    assert.deepEqual(reports.map((r) => r.file), [binary, text, brief]);
    assert.deepEqual(reports[0].diagnostics.map((d) => d.code), ['not-text']);
    assert.ok(reports[1].diagnostics.some((d) => d.code === 'invalid-utf8'), JSON.stringify(reports[1].diagnostics));
    assert.deepEqual(reports[2].amounts.map((a) => a.value), [3e6]);
    const viaOption = await runCli(['analyze', '--format', 'json', '--glossary', binary, '--glossary', text, brief]);
    assert.ok(viaOption.status === 0 || viaOption.status === 1, viaOption.stderr);
    assert.equal(single(viaOption.stdout).entities[0].id, 'pia4');
  });

  it('a nonexistent path exits 2 with a one-line message on stderr', async () => {
    const run = await runCli(['analyze', `${tmp.dir}/missing/brief.md`]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^policy-lens: no such file or folder: .*missing\/brief\.md\n$/);
    assert.equal(run.stdout, '');
  });

  it('an unknown option exits 2 with a one-line message on stderr', async () => {
    const run = await runCli(['analyze', '--frobnicate', tmp.file('x.md', 'x')]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^policy-lens: unknown option --frobnicate .*\n$/);
    assert.equal(run.stderr.split('\n').length, 2);
    const badValue = await runCli(['analyze', '--format', 'yaml', tmp.file('x.md', 'x')]);
    assert.equal(badValue.status, 2);
    const noPath = await runCli(['analyze']);
    assert.equal(noPath.status, 2);
  });

  it('- reads standard input', async () => {
    const text = '🙂 Le plan de 10 M€, dont 6 M€ et 6 M€.\n';
    const run = await runCli(['analyze', '--format', 'json', '-'], { input: text });
    assert.equal(run.status, 0, run.stderr);
    const r = single(run.stdout);
    assert.equal(r.file, '-');
    assert.deepEqual(r.amounts.map((a) => a.value), [10e6, 6e6, 6e6]);
    assertAmountsAt(text, r);
    assert.ok(r.diagnostics.some((d) => d.code === 'sum-mismatch'));
  });

  it('exits 1 when a diagnostic has error severity, 0 with warnings only', async () => {
    const warning = await runCli(['analyze', tmp.file('warn.md', 'Le plan de 10 M€, dont 6 M€ et 6 M€.\n')]);
    assert.equal(warning.status, 0, warning.stdout);
    assert.match(warning.stdout, /warning sum-mismatch/);
    const error = await runCli(['analyze', tmp.file('err.md', 'Le plan de 10 M€, dont 20 M€ pour la recherche.\n')]);
    assert.equal(error.status, 1, error.stdout);
    assert.match(error.stdout, /error part-exceeds-total/);
  });
});

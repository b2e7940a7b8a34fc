// Protocol fuzzing of the built server (dist/server.js over stdio).
//
// Framing: after a valid `initialize`, a malformed frame (noise, a
// Content-Length that is not a number, negative, absurd or wrong, other
// headers, JSON that is no JSON-RPC), then one valid request. The server must
// either answer that request, or exit with status 1 and a message on stderr
// saying why. It must never stay alive without answering, die of a signal or
// log an unexpected error.
//
// Parameters: one server receives sequences of requests and notifications
// whose parameters are arbitrary JSON or valid shapes with hostile values
// (positions far out of range, URIs of every kind, reused versions, broken
// settings). Every request must be answered, with a result or an error,
// within its time budget; at the end the server is alive, answers right, and
// its memory stayed bounded.

import { strict as assert } from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import fc from 'fast-check';
import { StreamMessageReader } from 'vscode-languageserver-protocol/node';
import { SERVER, TestClient, positionOf } from '../helpers/lspClient';
import { SEED, failures, record } from './tally';
import { Requests } from '../../shared/protocol';

const ANSWER_MS = 8000;
const BUDGET_MS = 5000;

function frame(message: unknown): Buffer {
  const body = Buffer.from(typeof message === 'string' ? message : JSON.stringify(message));
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
}

const json = fc.jsonValue({ maxDepth: 3 });

const badFrame: fc.Arbitrary<{ label: string; bytes: Buffer; exits?: boolean }> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => ({ label: 'noise', bytes: Buffer.from(b) })),
  fc
    .tuple(
      fc.oneof(fc.constantFrom('abc', '-5', '1e3', '0x10', '12.5', '', '99999999999999', '9'.repeat(30), '-0', ' 7 '), fc.string({ maxLength: 12 }), fc.integer({ min: -1e6, max: 1e12 }).map(String)),
      fc.string({ maxLength: 100 }),
    )
    .map(([value, body]) => ({ label: `Content-Length: ${value}`, bytes: Buffer.from(`Content-Length: ${value}\r\n\r\n${body}`) })),
  fc.tuple(fc.integer({ min: -40, max: 40 }), json).map(([delta, v]) => {
    const body = Buffer.from(JSON.stringify(v));
    return { label: `length off by ${delta}`, bytes: Buffer.concat([Buffer.from(`Content-Length: ${Math.max(0, body.length + delta)}\r\n\r\n`), body]) };
  }),
  fc.tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 })).map(([k, v]) => ({ label: `header ${k}`, bytes: Buffer.from(`${k}: ${v}\r\n\r\n{}`) })),
  json.map((v) => ({ label: 'JSON, not JSON-RPC', bytes: frame(v) })),
  fc
    .record({ jsonrpc: fc.constantFrom('2.0', '1.0'), id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)), method: fc.string({ maxLength: 30 }), params: json })
    .map((m) => ({ label: `method ${JSON.stringify(m.method)}`, bytes: frame(m), exits: m.method === 'exit' })),
);

interface Outcome {
  answered: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Sends a valid initialize, the bad frame, then a valid request; waits for its answer or the end of the server. */
async function throwFrame(bytes: Buffer): Promise<Outcome> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, POLICY_LENS_FRAME_TIMEOUT_MS: '2000' },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.stdin.on('error', () => undefined);
  const reader = new StreamMessageReader(child.stdout);
  const answers = new Set<unknown>();
  let wake = () => undefined as void;
  reader.listen((m) => {
    answers.add((m as { id?: unknown }).id);
    wake();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const until = (test: () => boolean, ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        if (test()) {
          clearTimeout(timer);
          resolve();
        }
      };
      void exited.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
  await until(() => answers.has(1), ANSWER_MS);
  child.stdin.write(bytes);
  child.stdin.write(frame({ jsonrpc: '2.0', id: 99, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } } }));
  await until(() => answers.has(99), ANSWER_MS);
  const outcome: Outcome = { answered: answers.has(99), code: child.exitCode, signal: child.signalCode, stderr };
  reader.dispose();
  if (child.exitCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
  return outcome;
}

function judgeFrame(o: Outcome, exits: boolean): string | null {
  if (/Unexpected error|RangeError|TypeError/.test(o.stderr)) return `unexpected error: ${o.stderr}`;
  if (o.answered) return null;
  if (o.signal) return `killed by ${o.signal}`;
  if (o.code === null) return 'alive but deaf: no answer and no exit';
  if (exits && (o.code === 0 || o.code === 1)) return null; // an « exit » notification in the frame
  if (o.code !== 1) return `exit status ${o.code}`;
  if (!/unreadable input on stdin/.test(o.stderr)) return `exit 1 without saying why: ${o.stderr}`;
  return null;
}

const URIS = [
  'file:///open.md',
  'file:///closed.md',
  'file://host/share/x.md',
  'file:///a%2Fb.md',
  'file:///%E0%A4.md',
  'untitled:Untitled-1',
  'policy-lens-knowledge:/pia4.md',
  'policy-lens-knowledge:/%E0.md',
  '',
  'file:',
  '__proto__',
  'constructor',
  'command:workbench.action.terminal.new',
];
const uri = fc.oneof(fc.constantFrom(...URIS), fc.webUrl(), fc.string({ maxLength: 40 }));
const int = fc.oneof(fc.integer({ min: -5, max: 50 }), fc.integer(), fc.constantFrom(2 ** 31 - 1, -(2 ** 31), 1e300, 0.5, Number.MAX_SAFE_INTEGER));
const position = fc.oneof(fc.record({ line: int, character: int }), json);
const range = fc.oneof(fc.record({ start: position, end: position }), json);
const doc = fc.oneof(fc.record({ uri }), json);
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('Le plan de 10 M€, dont 6 M€ et 6 M€.\n', '# Titre\n\n| a | b |\n|---|---|\n| 1 M€ | 2 M€ |\n', '\u0000\ud800\r\r\n', '1 M€ '.repeat(2000)),
);

type Op = { kind: 'request' | 'notification'; method: string; params: unknown };

const request = (method: string, params: fc.Arbitrary<unknown>): fc.Arbitrary<Op> => fc.oneof({ weight: 4, arbitrary: params }, { weight: 1, arbitrary: json }).map((p) => ({ kind: 'request' as const, method, params: p }));
const notification = (method: string, params: fc.Arbitrary<unknown>): fc.Arbitrary<Op> => fc.oneof({ weight: 4, arbitrary: params }, { weight: 1, arbitrary: json }).map((p) => ({ kind: 'notification' as const, method, params: p }));

const op: fc.Arbitrary<Op> = fc.oneof(
  request('textDocument/hover', fc.record({ textDocument: doc, position })),
  request('textDocument/definition', fc.record({ textDocument: doc, position })),
  request('textDocument/references', fc.record({ textDocument: doc, position, context: fc.oneof(fc.record({ includeDeclaration: fc.boolean() }), json) })),
  request('textDocument/prepareRename', fc.record({ textDocument: doc, position })),
  request('textDocument/rename', fc.record({ textDocument: doc, position, newName: fc.oneof(fc.string(), json) })),
  request('textDocument/codeAction', fc.record({ textDocument: doc, range, context: fc.oneof(fc.record({ diagnostics: fc.constant([]) }), json) })),
  request('textDocument/codeLens', fc.record({ textDocument: doc })),
  request('textDocument/inlayHint', fc.record({ textDocument: doc, range })),
  request('textDocument/documentSymbol', fc.record({ textDocument: doc })),
  request('textDocument/semanticTokens/full', fc.record({ textDocument: doc })),
  request('workspace/symbol', fc.record({ query: fc.oneof(fc.string(), json) })),
  request(Requests.documentSummary, fc.record({ uri })),
  request(Requests.figures, fc.record({ uri })),
  request(Requests.knowledgeDocument, fc.record({ uri })),
  request('policyLens/noSuchRequest', json),
  notification('textDocument/didOpen', fc.record({ textDocument: fc.oneof(fc.record({ uri, languageId: fc.constantFrom('markdown', 'plaintext', ''), version: int, text }), json) })),
  notification(
    'textDocument/didChange',
    fc.record({ textDocument: fc.oneof(fc.record({ uri, version: int }), json), contentChanges: fc.oneof(fc.array(fc.oneof(fc.record({ text }), fc.record({ range, text })), { maxLength: 3 }), json) }),
  ),
  notification('textDocument/didClose', fc.record({ textDocument: doc })),
  notification('workspace/didChangeWatchedFiles', fc.record({ changes: fc.oneof(fc.array(fc.record({ uri, type: int }), { maxLength: 3 }), json) })),
  notification('workspace/didChangeConfiguration', fc.record({ settings: json })),
  notification('$/cancelRequest', fc.record({ id: fc.oneof(fc.integer(), fc.string()) })),
);

describe('fuzz: the protocol', function () {
  this.timeout(600_000);

  it('answers or exits with a reason after any malformed frame', async () => {
    const cases = fc.sample(badFrame, { seed: SEED, numRuns: 24 });
    for (const c of cases) {
      const outcome = await throwFrame(c.bytes);
      const failure = judgeFrame(outcome, c.exits === true);
      record('protocol: malformed frames', failure === null ? null : `${c.label} ${JSON.stringify(c.bytes.toString('latin1').slice(0, 120))}: ${failure}`);
    }
    assert.deepEqual(failures('protocol: malformed frames'), []);
  });

  it('answers every request within its budget, whatever the parameters', async () => {
    const client = new TestClient({ locale: 'fr', settings: {} });
    try {
      await client.initialize();
      const known = 'Le PIA4 reçoit 1,8 milliard d’euros, dont 667 millions pour SecNumCloud.\n';
      await client.open('file:///open.md', known);
      const sequences = fc.sample(fc.tuple(fc.array(op, { minLength: 4, maxLength: 16 }), json), { seed: SEED, numRuns: 24 });
      for (const [ops, settings] of sequences) {
        client.settings = settings;
        for (const o of ops) {
          if (o.kind === 'notification') {
            await client.connection.sendNotification(o.method, o.params as object);
            record('protocol: notifications with hostile parameters', client.process.exitCode === null ? null : `${o.method}: the server stopped`);
            continue;
          }
          const t0 = performance.now();
          let failure: string | null = null;
          try {
            await Promise.race([
              client.request(o.method, o.params).catch((err: { code?: number }) => {
                // An error is an answer; only a failure to answer is a failure.
                if (typeof err?.code !== 'number') throw err;
              }),
              new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), BUDGET_MS * 2)),
            ]);
            const ms = performance.now() - t0;
            if (ms > BUDGET_MS) failure = `answered after ${Math.round(ms)} ms`;
          } catch (err) {
            failure = String(err);
          }
          record('protocol: requests with hostile parameters', failure === null ? null : `${o.method} ${JSON.stringify(o.params).slice(0, 300)}: ${failure}`);
        }
      }
      // Still right after all that: the document it knows is analysed as ever.
      client.settings = {};
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: 'file:///open.md' }, position: positionOf(known, known.indexOf('667') + 1) });
      record('protocol: answers right afterwards', hover?.contents.value.includes('667') ? null : `hover after the fuzzing: ${JSON.stringify(hover)}`);
      const status = fs.readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
      const peak = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      record('protocol: memory bounded (< 1 GB)', peak < 1024 ** 3 ? null : `peak ${(peak / 1024 ** 2).toFixed(0)} MB`);
      assert.equal(client.process.exitCode, null, 'the server is alive');
      assert.ok(!/Unexpected error/.test(client.stderr), client.stderr);
    } finally {
      const gone = new Promise((r) => (client.process.exitCode === null && client.process.signalCode === null ? client.process.once('exit', r) : r(null)));
      await client.close();
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
    }
    assert.deepEqual(
      [...failures('protocol: requests with hostile parameters'), ...failures('protocol: notifications with hostile parameters'), ...failures('protocol: answers right afterwards'), ...failures('protocol: memory bounded (< 1 GB)')],
      [],
    );
  });
});

// Throughput of the French figure recogniser, and the same measure for the
// peer (@microsoft/recognizers-text-suite 1.3.1, French currency model) on a
// slice, compared per byte.
//
//   node bench/figures.mjs            prints a small report
//   import { benchFigures } from './figures.mjs'   returns the numbers
//
// The recogniser is bundled from server/src with esbuild into a temporary
// CommonJS file at each run (so the numbers always describe the current
// source, with no separate compile step). The text is generated here from a
// template grammar of French public-finance prose; nothing is read from
// outside the repository.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';

const require = createRequire(import.meta.url);
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let loaded;
/** { recognizeFigures, parseStructure } bundled from the current source. */
export async function loadRecognizer() {
  if (loaded) return loaded;
  const esbuild = await import('esbuild');
  const entry = path.join(os.tmpdir(), `policy-lens-figures-entry-${process.pid}.ts`);
  const outfile = path.join(os.tmpdir(), `policy-lens-figures-${process.pid}.cjs`);
  const src = (p) => JSON.stringify(path.join(repoRoot, p).split(path.sep).join('/'));
  fs.writeFileSync(
    entry,
    `export { recognizeFigures } from ${src('server/src/core/figures/recognize')};\nexport { parseStructure } from ${src('server/src/core/structure')};\n`,
  );
  try {
    await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
    loaded = require(outfile);
  } finally {
    fs.rmSync(entry, { force: true });
    fs.rmSync(outfile, { force: true });
  }
  return loaded;
}

// ---------------------------------------------------------------------------
// A deterministic generator of French budget prose.

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const SUBJECTS = [
  'Le ministère', 'La région', 'L’agence', 'Le conseil départemental', 'La collectivité', 'L’opérateur public', 'Le gouvernement',
  'La commission des finances', 'Le rapporteur spécial', 'La métropole', 'L’établissement', 'Le fonds de soutien',
];
const VERBS = ['consacre', 'mobilise', 'prévoit', 'engage', 'annonce', 'inscrit au budget', 'réserve', 'débloque', 'affecte', 'redéploie'];
const TOPICS = [
  'à la rénovation thermique des écoles', 'au transport ferroviaire régional', 'à la formation des demandeurs d’emploi',
  'aux hôpitaux de proximité', 'à la cybersécurité des communes', 'au très haut débit', 'à la recherche publique',
  'à l’hébergement d’urgence', 'aux petites lignes', 'à la transition agricole', 'au logement social', 'aux universités',
];
const SCALES = ['millions d’euros', 'milliards d’euros', 'M€', 'Md€', 'Mds€', 'millions', 'milliard d’euros', 'MEUR', 'k€', '€', 'euros'];
const QUALS = ['', '', '', 'près de ', 'plus de ', 'environ ', 'jusqu’à ', 'au moins ', 'quelque ', 'moins de '];
const FILLER = [
  'Cette décision intervient après une longue concertation avec les élus locaux et les représentants des usagers.',
  'Le calendrier de mise en œuvre sera précisé par voie réglementaire au cours du prochain semestre.',
  'Les services instructeurs ont relevé plusieurs fragilités dans les prévisions transmises par les porteurs de projets.',
  'La Cour des comptes avait déjà souligné, dans son rapport public annuel, la dispersion des dispositifs existants.',
  'Selon le rapporteur, l’effort demeure insuffisant au regard des besoins recensés sur le territoire.',
  'Les crédits non consommés pourront être reportés sur l’exercice suivant, dans les conditions prévues par la loi organique.',
  'Le décret du 12 mars 2024, pris en application de l’article 7, fixe les modalités de répartition entre les bénéficiaires.',
  'Au total, 23 projets ont été retenus à l’issue de l’appel à candidatures lancé en 2021.',
];

function number(r) {
  const k = r();
  if (k < 0.3) return String(1 + Math.floor(r() * 999));
  if (k < 0.55) return `${1 + Math.floor(r() * 99)},${Math.floor(r() * 10)}`;
  if (k < 0.75) return `${1 + Math.floor(r() * 99)}\u202f${String(Math.floor(r() * 1000)).padStart(3, '0')}`;
  if (k < 0.85) return pick(r, ['trois', 'vingt', 'cent cinquante', 'quatre-vingts', 'deux cents', 'un', 'soixante-dix']);
  return `${1 + Math.floor(r() * 9)} ${String(Math.floor(r() * 1000)).padStart(3, '0')} ${String(Math.floor(r() * 1000)).padStart(3, '0')}`;
}

function sentence(r) {
  const k = r();
  if (k < 0.35) return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, QUALS)}${number(r)} ${pick(r, SCALES)} ${pick(r, TOPICS)}.`;
  if (k < 0.5) return `Sur cette enveloppe, ${number(r)}, ${number(r)} et ${number(r)} ${pick(r, SCALES)} iront respectivement ${pick(r, TOPICS)}.`;
  if (k < 0.6) return `Le coût est estimé entre ${1 + Math.floor(r() * 5)} et ${6 + Math.floor(r() * 5)} ${pick(r, SCALES)}, soit ${number(r)} % du total.`;
  if (k < 0.7) return `La part de l’État atteint ${number(r)} %, contre ${number(r)} % en ${2015 + Math.floor(r() * 10)}.`;
  return pick(r, FILLER);
}

/** About `bytes` UTF-8 bytes of generated prose, in paragraphs separated by blank lines. */
export function generateText(bytes = 1 << 20, seed = 2024) {
  const r = rng(seed);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const n = 2 + Math.floor(r() * 5);
    let p = '';
    for (let i = 0; i < n; i++) p += (i ? ' ' : '') + sentence(r);
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n') + '\n';
}

// ---------------------------------------------------------------------------

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * Measures both recognisers. Returns
 * { bytes, mbPerSec, amounts, percentages, peer: { bytes, kbPerSec, ms } | null, ratio }.
 */
export async function benchFigures({ text = generateText(), runs = 7, peerBytes = 48 * 1024, peer = true } = {}) {
  const { recognizeFigures, parseStructure } = await loadRecognizer();
  const bytes = Buffer.byteLength(text);
  const structure = parseStructure(text, { markdown: true });
  let last;
  for (let i = 0; i < 2; i++) last = recognizeFigures(text, structure); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = recognizeFigures(text, structure);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  const mbPerSec = bytes / 1e6 / (ms / 1000);
  const out = { bytes, ms, mbPerSec, amounts: last.amounts.length, percentages: last.percentages.length, peer: null, ratio: null };

  const parse = peer ? peerCurrencyParser() : null;
  if (parse) {
    // Paragraph-sized pieces (the peer slows down sharply on long strings).
    const paragraphs = [];
    let size = 0;
    for (const p of text.split('\n\n')) {
      if (size >= peerBytes) break;
      paragraphs.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    const t0 = performance.now();
    let found = 0;
    for (const p of paragraphs) found += parse(p).length;
    const peerMs = performance.now() - t0;
    const peerBytesPerSec = size / (peerMs / 1000);
    // Our own time on exactly the same slice, for a fair per-byte comparison.
    const slice = paragraphs.join('\n\n');
    const sliceStructure = parseStructure(slice, { markdown: true });
    const sliceTimes = [];
    for (let i = 0; i < 20; i++) {
      const t1 = performance.now();
      recognizeFigures(slice, sliceStructure);
      sliceTimes.push(performance.now() - t1);
    }
    const oursOnSlice = size / (median(sliceTimes) / 1000);
    out.peer = { bytes: size, ms: peerMs, kbPerSec: peerBytesPerSec / 1e3, found, oursOnSliceMbPerSec: oursOnSlice / 1e6 };
    out.ratio = (bytes / (ms / 1000)) / peerBytesPerSec;
  }
  return out;
}

/**
 * The peer's French currency parser, its patterns built (its start-up left out, as ours is), or null when the
 * peer is not installed. The suite re-exports only recognizeCurrency; its number-with-unit package holds the
 * reusable model.
 */
export function peerCurrencyParser() {
  let suite;
  try {
    suite = require('@microsoft/recognizers-text-suite');
  } catch {
    return null;
  }
  let parse;
  try {
    const nwu = require('@microsoft/recognizers-text-number-with-unit');
    const model = new nwu.NumberWithUnitRecognizer(suite.Culture.French).getCurrencyModel();
    parse = (s) => model.parse(s);
  } catch {
    parse = (s) => suite.recognizeCurrency(s, suite.Culture.French);
  }
  parse('Le budget est de 3 millions d’euros.');
  return parse;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await benchFigures();
  console.log(`figures: ${(r.bytes / 1e6).toFixed(2)} MB in ${r.ms.toFixed(1)} ms (median) → ${r.mbPerSec.toFixed(1)} MB/s; ${r.amounts} amounts, ${r.percentages} percentages`);
  if (r.peer) {
    console.log(`peer (recognizers-text 1.3.1, currency, fr): ${(r.peer.bytes / 1024).toFixed(0)} KB in ${r.peer.ms.toFixed(0)} ms → ${r.peer.kbPerSec.toFixed(1)} KB/s (${r.peer.found} found); ours on the same slice: ${r.peer.oursOnSliceMbPerSec.toFixed(1)} MB/s`);
    console.log(`per-byte ratio: ${Math.round(r.ratio).toLocaleString('en-US')}× the peer`);
  } else console.log('peer: @microsoft/recognizers-text-suite not installed; skipped');
}

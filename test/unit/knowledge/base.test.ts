// The shipped knowledge base is complete and consistent: every entry has what
// hovers and checks rely on, and no spelling points to two entries but
// ambiguous ones that context tells apart.

import { strict as assert } from 'assert';
import { ENTITY_KINDS, builtinEntries, builtinKnowledge, describeEntry, formatDate, kindLabel } from '../../../server/src/core/knowledge/index';
import { formatShortMoney } from '../../../server/src/core/format';
import { translatorFor } from '../../../server/src/l10n';
import { untranslated } from '../../../server/src/core/messages';
import { looseKey } from '../../../server/src/core/knowledge/normalize';
import { BUILTIN_FAMILIES } from '../../../server/src/core/knowledge/builtin';
import * as fs from 'fs';
import * as path from 'path';

const DATA = path.resolve(__dirname, '..', '..', '..', '..', 'server', 'data', 'knowledge');

const entries = builtinEntries();

describe('knowledge base integrity', () => {
  it('has at least 60 entries', () => {
    assert.ok(entries.length >= 60, `only ${entries.length} entries`);
  });

  it('loads every family file of server/data/knowledge', () => {
    const files = fs.readdirSync(DATA).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    assert.deepEqual([...BUILTIN_FAMILIES.map((f) => f.family)].sort(), files);
    for (const f of files) {
      const raw = JSON.parse(fs.readFileSync(path.join(DATA, f + '.json'), 'utf8')) as { family: string; entries: unknown[] };
      assert.equal(raw.family, f, `${f}.json names its family`);
    }
    assert.equal(entries.length, BUILTIN_FAMILIES.reduce((n, f) => n + f.entries.length, 0));
  });

  it('has unique ids in kebab case', () => {
    const ids = new Set<string>();
    for (const e of entries) {
      assert.match(e.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, e.id);
      assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
      ids.add(e.id);
    }
  });

  it('gives every entry its required fields', () => {
    for (const e of entries) {
      assert.ok(ENTITY_KINDS.includes(e.kind), `${e.id}: kind ${e.kind}`);
      assert.ok(e.canonical.trim().length > 0, `${e.id}: canonical`);
      assert.ok(Array.isArray(e.variants), `${e.id}: variants`);
      assert.ok(e.description.fr.length >= 30, `${e.id}: French description`);
      assert.ok(e.description.en.length >= 30, `${e.id}: English description`);
      assert.notEqual(e.description.fr, e.description.en, `${e.id}: descriptions are translations, not copies`);
      assert.ok(e.body && e.body.length > 0, `${e.id}: body`);
      assert.ok(e.date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date), `${e.id}: date ${e.date}`);
      assert.ok(e.link && /^https:\/\/\S+$/.test(e.link), `${e.id}: link`);
      assert.ok(e.sources.length > 0, `${e.id}: sources`);
      for (const s of e.sources) {
        assert.ok(s.title.length > 0 && s.facts.length > 0, `${e.id}: source fields`);
        if (s.url) assert.match(s.url, /^https?:\/\//, `${e.id}: source url`);
      }
      for (const a of e.amounts ?? []) {
        assert.ok(Number.isFinite(a.value) && a.value > 0, `${e.id}: amount value`);
        assert.match(a.currency, /^[A-Z]{3}$/, `${e.id}: currency`);
        assert.ok(a.covers.fr && a.covers.en, `${e.id}: what the amount covers`);
        if (a.year !== undefined) assert.match(a.year, /^\d{4}(-\d{4})?$/, `${e.id}: amount year ${a.year}`);
        if (a.confirmed !== undefined) assert.equal(typeof a.confirmed, 'boolean', `${e.id}: amount confirmed`);
      }
    }
  });

  it('never gives one spelling to two entries, unless every claim is ambiguous and context tells them apart', () => {
    // A spelling may be shared (« DGA »: the armament directorate, the Data
    // Governance Act) only when every entry lists it in contextVariants and
    // each has a context word the others lack: the document's context then
    // picks one, else none counts.
    const claims = new Map<string, Array<{ id: string; contextual: boolean }>>();
    for (const e of entries) {
      const contextual = new Set((e.contextVariants ?? []).map(looseKey));
      const seen = new Set<string>();
      for (const v of [e.canonical, ...e.variants, ...(e.contextVariants ?? []), ...(e.exactVariants ?? [])]) {
        const key = looseKey(v);
        assert.ok(key.length > 0, `${e.id}: « ${v} » has no word`);
        if (seen.has(key)) continue;
        seen.add(key);
        const list = claims.get(key) ?? [];
        list.push({ id: e.id, contextual: contextual.has(key) });
        claims.set(key, list);
      }
    }
    for (const [key, list] of claims) {
      if (list.length < 2) continue;
      const who = list.map((c) => c.id).join(', ');
      assert.ok(list.every((c) => c.contextual), `« ${key} » belongs to ${who}: shared only as contextVariants of each`);
      const words = list.map((c) => new Set((builtinKnowledge().entry(c.id)?.context ?? []).map(looseKey)));
      words.forEach((own, i) => {
        const others = new Set(words.filter((_, j) => j !== i).flatMap((w) => [...w]));
        assert.ok([...own].some((w) => !others.has(w)), `« ${key} »: ${list[i].id} needs a context word the other claimants (${who}) lack`);
      });
    }
    assert.deepEqual(builtinKnowledge().conflicts, []);
  });

  it('gives every context word a word to match (the index folds case and accents)', () => {
    for (const e of entries) for (const w of e.context ?? []) assert.ok(looseKey(w).length > 0, `${e.id}: context « ${w} » has no word`);
  });

  it('covers the names French policy briefs use most', () => {
    const k = builtinKnowledge();
    const required = [
      'france-2030', 'pia', 'pia1', 'pia2', 'pia3', 'pia4', 'france-relance', 'pnrr', 'strategie-nationale-cloud', 'strategie-acceleration-cloud',
      'cloud-au-centre', 'secnumcloud', 'secnumcloud-3-1', 'secnumcloud-3-2', 'cloud-de-confiance', 'hds', 'eucs', 'gaia-x', 'ipcei', 'ipcei-cis',
      'nextgenerationeu', 'frr', 'horizon-europe', 'digital-europe', 'rgpd', 'cloud-act', 'fisa-702', 'data-act', 'dma', 'dsa', 'nis2', 'ai-act',
      'loi-sren', 'schrems-ii', 'anssi', 'dinum', 'sgpi', 'cgi-commissariat', 'bpifrance', 'cnil', 'cour-des-comptes', 'commission-europeenne',
      'ademe', 'french-tech', 'next40', 'french-tech-120', 'iso-27001', 'c5', 'france-thd', 'plan-resilience', 'cybersecurity-act',
      'privacy-shield', 'data-privacy-framework', 'data-governance-act', 'eidas', 'lolf', 'loi-de-finances', 'plf', 'conseil-d-etat',
      'assemblee-nationale', 'senat', 'dge', 'sgdsn', 'arcep', 'autorite-concurrence', 'enisa', 'banque-des-territoires', 'caisse-des-depots', 'anr',
    ];
    for (const id of required) assert.ok(k.entry(id), `missing ${id}`);
  });

  it('uses every kind of the contract', () => {
    const kinds = new Set(entries.map((e) => e.kind));
    for (const k of ENTITY_KINDS) assert.ok(kinds.has(k), `no entry of kind ${k}`);
  });
});

describe('knowledge lookups', () => {
  const k = builtinKnowledge();

  it('finds an entry by id and by any of its names', () => {
    assert.equal(k.entry('pia4')?.canonical, 'PIA 4');
    assert.equal(k.resolve('quatrième programme d’investissements d’avenir')?.id, 'pia4');
    assert.equal(k.resolve('Secnumcloud')?.id, 'secnumcloud');
    assert.equal(k.resolve('le Cloud Act')?.id, 'cloud-act');
    assert.equal(k.resolve('France'), undefined);
    assert.equal(k.resolve(''), undefined);
  });

  it('describes an entry in Markdown, in French and in English', () => {
    const fr = k.describe('strategie-acceleration-cloud', translatorFor('fr'), 'fr');
    assert.match(fr, /\*\*Stratégie d'accélération cloud\*\* · \*stratégie\*/);
    assert.match(fr, /Montants de référence\u00a0:/);
    assert.match(fr, /2 novembre 2021/);
    assert.match(fr, /1,8 Md€/);
    assert.match(fr, /\[Page officielle\]\(https:/);
    const en = describeEntry(k.entry('strategie-acceleration-cloud')!, translatorFor('en'), 'en');
    assert.match(en, /\* · \*strategy\*/);
    assert.match(en, /Reference amounts:/);
    assert.match(en, /\[Official page\]\(https:/);
    assert.match(en, /2 November 2021/);
    assert.match(en, /€1\.8bn/);
    assert.match(en, /industrial strand/i);
    assert.equal(k.describe('no-such-id'), '');
  });

  it('formats dates and amounts', () => {
    assert.equal(formatDate('2021-05-01', 'fr'), '1er mai 2021');
    assert.equal(formatDate('2022-10', 'en'), 'October 2022');
    assert.equal(formatDate('printemps 2020', 'fr'), 'printemps 2020');
    assert.equal(formatDate('2021-05-12', 'en'), '12 May 2021');
    assert.equal(formatDate('2021-02-30', 'fr'), 'février 2021', 'a day the month does not have is dropped');
    assert.equal(formatDate('2021-13', 'fr'), '2021');
    assert.equal(formatShortMoney(667e6, 'EUR', true), '667\u202fM€');
    assert.equal(formatShortMoney(39.4e9, 'EUR', true), '39,4\u202fMd€');
    assert.equal(formatShortMoney(1.2e9, 'USD', false), '$1.2bn');
    assert.equal(formatShortMoney(667e6, 'EUR', false), '€667m');
  });

  it('names every kind in both languages through the translation bundle', () => {
    const fr = translatorFor('fr');
    for (const kind of ENTITY_KINDS) {
      assert.ok(kindLabel(kind, untranslated).length > 0, kind);
      assert.ok(kindLabel(kind, fr).length > 0, kind);
    }
    assert.equal(kindLabel('fund', fr), 'fonds');
    assert.equal(kindLabel('fund', untranslated), 'fund');
  });
});

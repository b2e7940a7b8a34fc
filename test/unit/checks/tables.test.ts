import { strict as assert } from 'assert';
import { parseCell, unitOf } from '../../../server/src/core/figures/cells';
import { check, applyTextEdits } from './helpers';
import { codes, flagged } from './relations/helpers';
import { analyze } from '../../../server/src/core/analysis';
import { CONSISTENCY_CODES } from '../../../server/src/core/codes';

/** The consistency findings on a Markdown text, with the text they cover. */
function analyzeCodes(text: string): { code: string; text: string }[] {
  return analyze(text, { markdown: true })
    .diagnostics.filter((d) => CONSISTENCY_CODES.has(d.code))
    .map((d) => ({ code: d.code, text: text.slice(d.start, d.end) }));
}

function num(cell: string): number | string {
  const v = parseCell(cell);
  return v.kind === 'number' ? v.n.value : v.kind;
}

describe('table cells', () => {
  it('reads French numbers with every kind of group space and a decimal comma', () => {
    assert.equal(num('1 234,5'), 1234.5);
    assert.equal(num('1\u202f234,5'), 1234.5);
    assert.equal(num('1\u00a0234'), 1234);
    assert.equal(num('12 345 678'), 12345678);
    assert.equal(num('  42  '), 42);
    assert.equal(num('0,75'), 0.75);
  });

  it('strips bold and italic markup', () => {
    assert.equal(num('**2 000**'), 2000);
    assert.equal(num('_12,5_'), 12.5);
  });

  it('reads a dash as zero and « n.d. » or a blank as missing', () => {
    assert.equal(num('—'), 0);
    assert.equal(num('-'), 0);
    assert.equal(num(''), 'empty');
    assert.equal(num('n.d.'), 'empty');
  });

  it('reads signs and a unit written in the cell', () => {
    assert.equal(num('-1,2'), -1.2);
    assert.equal(num('+3'), 3);
    const v = parseCell('1,2 Md€');
    assert.ok(v.kind === 'number' && v.n.unit?.factor === 1e9 && v.n.value === 1.2);
    const p = parseCell('12,5 %');
    assert.ok(p.kind === 'number' && p.n.unit?.percent);
  });

  it('refuses dots, bad grouping and words', () => {
    assert.equal(num('1.500'), 'text');
    assert.equal(num('12 34'), 'text');
    assert.equal(num('1234 567'), 'text');
    assert.equal(num('Recherche'), 'text');
    assert.equal(num('2024-2027'), 'text');
    assert.equal(num('20 projets'), 'text');
  });

  it('records the last digit’s step and the digits’ span', () => {
    const v = parseCell(' **1 234,56** ');
    assert.ok(v.kind === 'number');
    if (v.kind !== 'number') return;
    assert.equal(v.n.decimals, 2);
    assert.ok(Math.abs(v.n.step - 0.01) < 1e-12);
    assert.equal(' **1 234,56** '.slice(v.n.start, v.n.end), '1 234,56');
  });
});

describe('table units', () => {
  it('reads the unit from a header', () => {
    assert.equal(unitOf('Montant (M€)', false)?.factor, 1e6);
    assert.equal(unitOf('en milliards d’euros', false)?.factor, 1e9);
    assert.equal(unitOf('Coût (k€)', false)?.factor, 1e3);
    assert.equal(unitOf('Crédits (Md€)', false)?.factor, 1e9);
    assert.equal(unitOf('Part (%)', false)?.percent, true);
    assert.equal(unitOf('Montant (€)', false)?.factor, 1);
    assert.equal(unitOf('Programme', false), null);
  });

  it('wants a caption to introduce its unit', () => {
    assert.equal(unitOf('Montants en millions d’euros :', true)?.factor, 1e6);
    assert.equal(unitOf('Source : DGFiP (M€)', true)?.factor, 1e6);
    assert.equal(unitOf('Le tableau détaille les 2 Md€ du plan.', true), null);
  });
});

describe('table totals', () => {
  const table = (rows: string) => `| Action | Montant (M€) |\n|---|---:|\n${rows}`;

  it('accepts a total row that adds up, within the rounding of each cell', () => {
    const r = check(table('| A | 1,4 |\n| B | 2,3 |\n| C | 0,4 |\n| Total | 4 |\n'));
    assert.deepEqual(r.findings.map((f) => f.code), []);
    assert.deepEqual(r.checks.map((c) => `${c.kind}=${c.status}`), ['table-total=ok']);
    assert.equal(r.checks[0].unit, 'EUR');
    assert.equal(r.checks[0].total.value, 4e6);
  });

  it('reads « S/total » and « Ss-total » rows as subtotals, not as parts of the total', () => {
    const doc = (t: string) => `| Site | Inscrits |\n|---|---:|\n| Pasteur | 41 |\n| Curie | 36 |\n| **S/total maternelles** | **77** |\n| Jaurès | 68 |\n| Prévert | 52 |\n| **Ss-total élémentaires** | **120** |\n| **TOTAL** | **${t}** |\n`;
    assert.deepEqual(analyzeCodes(doc('197')), []);
    assert.deepEqual(analyzeCodes(doc('207')), [{ code: 'table-total', text: '207' }]);
    // « St » opens a saint's name, no subtotal.
    assert.deepEqual(analyzeCodes('| Commune | Habitants |\n|---|---:|\n| St Malo | 46 |\n| Dinard | 10 |\n| Total | 56 |\n'), []);
  });

  it('flags a wrong total row, on the total cell, with a fix that makes it right', () => {
    const text = table('| A | 1 200 |\n| B | 450 |\n| **Total** | **1 700** |\n');
    const r = check(text);
    // « 1 200 » with a plain space also draws the typography hint (nbsp): the figures are read as the analysis reads them.
    const findings = r.findings.filter((x) => x.code !== 'nbsp');
    assert.deepEqual(findings.map((x) => x.code), ['table-total']);
    const f = findings[0];
    assert.equal(text.slice(f.start, f.end), '1 700');
    assert.match(f.message, /1\u202f200 \+ 450 = 1\u202f650/);
    const fixed = applyTextEdits(text, f.fixes![0].edits);
    assert.ok(fixed.includes('**1\u202f650**'), fixed);
    assert.deepEqual(check(fixed).findings.filter((x) => x.code !== 'nbsp').map((x) => x.code), []);
  });

  it('leaves out « dont » rows and rows after the total', () => {
    const r = check(table('| Recherche | 1 200 |\n| dont IA | 300 |\n| Industrie | 800 |\n| Total | 2 000 |\n| dont État | 900 |\n'));
    assert.deepEqual(r.findings.filter((f) => f.code !== 'nbsp').map((f) => f.code), []);
    assert.equal(r.checks[0].parts.length, 2);
  });

  it('skips a column with text in it', () => {
    assert.deepEqual(check(table('| A | 12 |\n| B | à venir |\n| Total | 40 |\n')).checks, []);
  });

  it('adds sub-totals, not the rows they close, into the grand total', () => {
    const ok = check(table('| A | 7 |\n| B | 5 |\n| Sous-total | 12 |\n| C | 28 |\n| Total | 40 |\n'));
    assert.deepEqual(ok.findings, []);
    assert.deepEqual(ok.checks.map((c) => `${c.kind}=${c.status}:${c.sum}`), ['table-total=ok:12000000', 'table-total=ok:40000000']);
    const wrongSub = check(table('| A | 7 |\n| B | 5 |\n| Sous-total | 13 |\n| C | 27 |\n| Total | 40 |\n'));
    assert.deepEqual(wrongSub.findings.map((f) => f.code), ['table-total']);
    const wrongTotal = check(table('| A | 12 |\n| Sous-total | 12 |\n| B | 5 |\n| Total | 40 |\n'));
    assert.deepEqual(wrongTotal.findings.map((f) => f.code), ['table-total']);
  });

  it('checks a total column row by row, only over the columns before it', () => {
    const text = '| Poste | 2024 | 2025 | Total | Part (%) |\n|---|---|---|---|---|\n| A | 10 | 20 | 30 | 60 |\n| B | 5 | 15 | 25 | 40 |\n';
    const r = check(text);
    assert.deepEqual(r.findings.map((f) => f.code), ['table-total']);
    assert.equal(text.slice(r.findings[0].start, r.findings[0].end), '25');
    assert.equal(r.checks.filter((c) => c.kind === 'table-total').length, 2);
  });

  it('does not sum columns of rates or changes', () => {
    const text = '| Poste | Taux (%) | Évolution |\n|---|---|---|\n| A | 5 | 2 |\n| B | 7 | 3 |\n| Total | 6 | 2,5 |\n';
    assert.deepEqual(check(text).checks, []);
  });

  it('needs a header separator to read a table', () => {
    assert.deepEqual(check('| A | 1 |\n| B | 2 |\n| Total | 5 |\n').checks, []);
  });

  it('reads a header word as a whole word: « Agents » is a count, not an age; a wrong share is flagged (once: the column total it puts off is right)', () => {
    const text = '| Filière | Agents | Part |\n|---|---:|---:|\n| Technique | 1 450 | 47 % |\n| Administrative | 780 | 25 % |\n| Sociale | 560 | 24 % |\n| Culturelle | 310 | 10 % |\n| **Ensemble** | **3 100** | **100 %** |\n';
    const r = check(text);
    assert.deepEqual(r.findings.filter((f) => f.code !== 'nbsp').map((f) => `${f.code} ${text.slice(f.start, f.end)}`), ['share-mismatch 24']);
    assert.ok(r.checks.some((c) => c.kind === 'table-total' && c.status === 'ok'));
    // « Âge moyen » and « Coûts moyens » never add up; « Moyens (M€) », a budget's resources, do.
    const ages = check('| Site | Âge moyen |\n|---|---:|\n| A | 40 |\n| B | 50 |\n| Total | 45 |\n');
    assert.deepEqual(ages.findings.filter((f) => f.code !== 'nbsp'), []);
    const moyens = check('| Action | Moyens (M€) |\n|---|---:|\n| A | 4 |\n| B | 5 |\n| Total | 12 |\n');
    assert.deepEqual(moyens.findings.filter((f) => f.code !== 'nbsp').map((f) => f.code), ['table-total']);
  });

  it('reads a percent column whose header names no share as rates, whose total row is an average', () => {
    const text = '| Diplôme | Apprentis | Réussite | Insertion à six mois |\n|---|---:|---:|---:|\n| CAP | 1 240 | 82 % | 72 % |\n| BTS | 1 580 | 79 % | 83 % |\n| **Ensemble** | **2 820** | **80 %** | **78 %** |\n';
    assert.deepEqual(check(text).findings.filter((f) => f.code !== 'nbsp'), []);
    const shares = '| Filière | Part |\n|---|---:|\n| A | 60 % |\n| B | 50 % |\n| **Total** | **100 %** |\n';
    assert.deepEqual(check(shares).findings.filter((f) => f.code !== 'nbsp').map((f) => f.code), ['table-total']);
  });

  it('reads « Ensemble des … » as a total row, at the top as at the bottom', () => {
    const text = '| Territoire | Logements |\n|---|---:|\n| **Ensemble des DROM** | **5 240** |\n| Guadeloupe | 820 |\n| Guyane | 1 150 |\n| La Réunion | 1 960 |\n';
    assert.deepEqual(check(text).findings.filter((f) => f.code !== 'nbsp').map((f) => f.code), ['table-total']);
    assert.deepEqual(check(text.replace('5 240', '3 930')).findings.filter((f) => f.code !== 'nbsp'), []);
  });

  it('adds up the rows of the tables after a sentence that states their total and counts them', () => {
    const table = (rows: string) => '| Produit | Montant |\n|---|---:|\n' + rows;
    const text = 'En 2024, il y a eu 5 lauréats : 1,2 million d’euros leur ont été accordés.\n\n' + table('| A | 300 000 € |\n| B | 100 000 € |\n| C | 200 000 € |\n') + '\nLa seconde promotion :\n\n' + table('| D | 200 000 € |\n| E | 150 000 € |\n');
    assert.deepEqual(codes(text), ['sum-mismatch']);
    assert.deepEqual(codes(text.replace('1,2 million', '950 000')), []);
    // As many rows as the sentence counts, or no relation: the list may be partial.
    assert.deepEqual(codes(text.replace('5 lauréats', '7 lauréats')), []);
  });

  it('reads a one-digit share as its column rounds, to the unit when the other cells show it', () => {
    const text = '| Nature | Interventions | Part (%) |\n|---|---:|---:|\n| Secours | 21 870 | 78 |\n| Incendies | 2 140 | 8 |\n| Divers | 4 020 | 14 |\n| **Total** | **28 030** | **100** |\n';
    assert.deepEqual(check(text).findings.filter((f) => f.code !== 'nbsp'), []);
    assert.deepEqual(check(text.replace('| 8 |', '| 5 |').replace('| 14 |', '| 17 |')).findings.filter((f) => f.code === 'share-mismatch').length, 2);
  });

  it('checks the totals of a plain-text table aligned with spaces', () => {
    const table = (total: string) =>
      'Logements agréés en 2024\n\nBailleur              PLAI   PLUS   Total\nHabitat de l’Ouest      31     77     108\nSèvre Logement          14     52      66\nTotal                   45    129     ' + total + '\n';
    assert.deepEqual(codes(table('174'), false), []);
    assert.deepEqual(codes(table('184'), false), ['table-total']);
  });
  it('reports one wrong total cell once, not again as the column total its error throws off', () => {
    const table = (cell: string, total: string) => `| Site | Chambres | Studios | Total |\n|---|---:|---:|---:|\n| Nord | 420 | 96 | 516 |\n| Sud | 64 | 214 | ${cell} |\n| **Total** | **484** | **310** | **${total}** |\n`;
    const wrongRow = analyzeCodes(table('308', '794'));
    assert.deepEqual(wrongRow.map((d) => d.text), ['308']);
    // Two errors that do not explain each other are both reported.
    assert.deepEqual(analyzeCodes(table('308', '900')).map((d) => d.text).sort(), ['308', '900']);
  });
  it('sums into « Cumul CP » only the columns that name CP, not the envelope beside them', () => {
    const table = (cumul: string) => `Situation des autorisations de programme (en milliers d’euros) :\n\n| AP | Montant de l’AP | CP 2024 | CP 2025 | Cumul CP 2024-2025 |\n|---|---:|---:|---:|---:|\n| Piscine | 9 000 | 4 000 | 5 000 | ${cumul} |\n| Crèche | 2 400 | 1 000 | 1 100 | 2 100 |\n`;
    assert.deepEqual(analyzeCodes(table('9 000')), []);
    assert.deepEqual(analyzeCodes(table('9 500')).map((d) => d.text), ['9 500']);
  });
  it('judges neither the shares nor the changes of a table against a total cell found wrong', () => {
    const shares = '| Ressource | Montant | Part (%) |\n|---|---:|---:|\n| État | 200,0 | 72,2 |\n| Région | 77,0 | 27,8 |\n| **Total** | **327,0** | **100** |\n';
    assert.deepEqual(analyzeCodes(shares).map((d) => d.code + ' ' + d.text), ['table-total 327,0']);
    const changes = '| Service | 2023 | 2024 | Évolution |\n|---|---:|---:|---:|\n| Accueil | 100 | 110 | +10 % |\n| Soins | 200 | 210 | +5 % |\n| **Total** | **300** | **350** | **+6,7 %** |\n';
    assert.deepEqual(analyzeCodes(changes).map((d) => d.code + ' ' + d.text), ['table-total 350']);
  });

  it('reads a last row in bold as the total when one of its columns sums the rows above', () => {
    const table = (t: string) => `| Canton | 2023 | 2024 |\n|---|---:|---:|\n| Nord | 210 | 198 |\n| Centre | 344 | 351 |\n| Sud | 129 | 140 |\n| **Département** | **683** | **${t}** |\n`;
    assert.deepEqual(codes(table('689')), []);
    assert.deepEqual(codes(table('729')), ['table-total']);
    // A row in bold that sums nothing is only highlighted.
    assert.deepEqual(codes(`| Canton | 2023 | 2024 |\n|---|---:|---:|\n| Nord | 210 | 198 |\n| Centre | 344 | 351 |\n| Sud | 129 | 140 |\n| **Ouest** | **402** | **415** |\n`), []);
  });

  it('reads « Total recettes » then « Total dépenses » as two groups’ totals, not a subtotal and a grand total', () => {
    const table = (d: string) => `| (M€) | 2025 |\n|---|---:|\n| Cotisations | 12,4 |\n| Dotations | 6,1 |\n| **Total recettes** | **18,5** |\n| Personnel | 9,8 |\n| Fonctionnement | 5,3 |\n| **Total dépenses** | **${d}** |\n| **Solde** | **+3,4** |\n`;
    assert.deepEqual(codes(table('15,1')), []);
    assert.deepEqual(codes(table('16,1')), ['table-total']);
    // A grand total after them still sums both groups.
    assert.deepEqual(codes(`| (M€) | 2025 |\n|---|---:|\n| Cotisations | 12,4 |\n| Dotations | 6,1 |\n| **Total recettes** | **18,5** |\n| Personnel | 9,8 |\n| Fonctionnement | 5,3 |\n| **Total dépenses** | **15,1** |\n| **Total** | **33,6** |\n`), []);
  });

  it('adds up a column of differences in amounts (« Écart »), and leaves one in percentages alone', () => {
    const table = (t: string) => `| Programme (M€) | 2024 | 2025 | Écart |\n|---|---:|---:|---:|\n| Routes | 41,2 | 43,0 | +1,8 |\n| Ponts | 12,5 | 12,1 | −0,4 |\n| Pistes | 6,3 | 7,9 | +1,6 |\n| **Total** | **60,0** | **63,0** | **${t}** |\n`;
    assert.deepEqual(codes(table('+3,0')), []);
    assert.deepEqual(codes(table('+4,0')), ['table-total']);
    const percent = `| Programme (M€) | 2024 | 2025 | Écart |\n|---|---:|---:|---:|\n| Routes | 41,2 | 43,0 | +4,4 % |\n| Ponts | 12,5 | 12,1 | −3,2 % |\n| **Total** | **53,7** | **55,1** | **+2,6 %** |\n`;
    assert.deepEqual(codes(percent), []);
  });

  it('reads a sub-total labelled in the second column when the first is empty', () => {
    const table = (s: string) => `| Territoire | Antenne | Personnes |\n|---|---|---:|\n| Plaine | Nord | 1 240 |\n| Plaine | Sud | 860 |\n| | *Sous-total Plaine* | *2 100* |\n| Montagne | Est | 730 |\n| Montagne | Ouest | 1 020 |\n| | *Sous-total Montagne* | *${s}* |\n| | **Total** | **3 850** |\n`;
    assert.deepEqual(codes(table('1 750')), []);
    assert.deepEqual(codes(table('1 950')), ['table-total']);
  });

  it('sets aside a total of some rows only (« Total engagé (hors RH) », « Total moyen »): neither a part of the grand total nor a total', () => {
    const table = (g: string) => `| Poste | Coût | Part |\n|---|---|---|\n| Études | 320 000 € | 40 % |\n| Travaux | 240 000 € | 30 % |\n| **Total engagé (hors personnel)** | **560 000 €** | **70 %** |\n| Personnel | 240 000 € | 30 % |\n| **Total global** | **${g}** | 100 % |\n`;
    assert.deepEqual(codes(table('800 000 €')), []);
    assert.deepEqual(codes(table('900 000 €')), ['table-total']);
    const average = (t: string) => `| Commune | Élèves |\n|---|---:|\n| Arles | 420 |\n| Tarascon | 380 |\n| Total moyen | 400 |\n| Total | ${t} |\n`;
    assert.deepEqual(codes(average('800')), []);
    assert.deepEqual(codes(average('1 200')), ['table-total']);
  });

  it('reads the column names on the first row when the row above the separator is empty', () => {
    const table = (t: string) => `|   |   |\n|---|---|\n| Financeur | Montant |\n| État | 150 000 € |\n| Région | 90 000 € |\n| **Total** | **${t}** |\n`;
    assert.deepEqual(codes(table('240 000 €')), []);
    assert.deepEqual(codes(table('260 000 €')), ['table-total']);
  });

  it('lets a named sub-total close only the last rows of its group, the rows before it going to the grand total', () => {
    const table = (sub: string, total: string) => `| Poste | Montant (k€) |\n|---|---|\n| Études | 90 |\n| Travaux de voirie | 1 100 |\n| Travaux de réseaux | 700 |\n| *Sous-total travaux* | *${sub}* |\n| Maîtrise d’œuvre | 150 |\n| **Total HT** | **${total}** |\n`;
    assert.deepEqual(codes(table('1 800', '2 040')), []);
    assert.deepEqual(codes(table('1 890', '2 040')), []);
    // A sub-total that matches no run of the rows above it is still wrong.
    assert.deepEqual(codes(table('1 950', '2 100')), ['table-total']);
  });

  it('leaves a column of amounts per unit (« Coût (€/t) ») and a « — » total cell unjudged', () => {
    const table = (t: string) => `| Flux | Tonnes | Coût complet (€/t) |\n|---|---:|---:|\n| Ordures | 40 000 | 130 |\n| Emballages | 12 000 | 160 |\n| Verre | 9 000 | 25 |\n| **Total** | **${t}** | — |\n`;
    assert.deepEqual(codes(table('61 000')), []);
    assert.deepEqual(codes(table('66 000')), ['table-total']);
  });

  it('never reads a change column against an amount column and a share column', () => {
    const text = '| Action | AE 2025 (M€) | Part du total | Évolution / 2024 |\n|---|---|---|---|\n| Routes | 420 | 60 % | +3,1 % |\n| Ponts | 280 | 40 % | −2,0 % |\n| **Total** | **700** | **100 %** | |';
    assert.deepEqual(codes(text), []);
  });

  it('reads a change column whose header names two years between the columns of those years', () => {
    const table = (c: string) => `| Filière | 2021 | 2022 | 2023 | Évolution 2021-2023 |\n|---|---:|---:|---:|---:|\n| Santé | 40 | 42 | 46 | +15 % |\n| Numérique | 25 | 26 | 29 | ${c} |\n`;
    assert.deepEqual(codes(table('+16 %')), []);
    assert.deepEqual(flagged(table('+24 %')), ['change-mismatch +24']);
    // Years the table does not hold: no change read.
    assert.deepEqual(codes(table('+24 %').replace('Évolution 2021-2023', 'Évolution 2019-2023')), []);
  });
describe('tables: a total column known by its sums', () => {
  it('reads a last column that sums the others on every row but one as a total column, whatever its header', () => {
    const table = (cell: string) => `| Dispositif | S1 | S2 | Exercice 2024 |\n|---|---:|---:|---:|\n| Bourses | 1 200 | 1 300 | 2 500 |\n| Prêts | 400 | 450 | ${cell} |\n| Garanties | 600 | 700 | 1 300 |\n| **Total** | **2 200** | **2 450** | **4 650** |\n`;
    // The row is wrong, not the column below it: the finding is on the row's cell.
    assert.deepEqual(flagged(table('950')), ['table-total 950']);
    assert.deepEqual(codes(table('850')), []);
  });
});

describe('tables: one wrong cell under two totals', () => {
  it('reports the cell where a wrong row and a wrong column cross, off by the same amount', () => {
    const table = (cell: string) => `| Pôle | Médical | Non médical | Total |\n|---|---:|---:|---:|\n| Médecine | 120 | ${cell} | 820 |\n| Chirurgie | 90 | 510 | 600 |\n| Urgences | 40 | 260 | 300 |\n| **Total** | **250** | **1 470** | **1 720** |\n`;
    assert.deepEqual(flagged(table('760')), ['table-total 760']);
    assert.deepEqual(codes(table('700')), []);
  });

  it('says the crossing cell’s error and its fitting value in the unit the cell is written in', () => {
    const text = 'Montants en milliers d’euros :\n\n| Pôle | A (k€) | B (k€) | Total (k€) |\n|---|---:|---:|---:|\n| Un | 120 | 760 | 820 |\n| Deux | 90 | 510 | 600 |\n| Trois | 40 | 260 | 300 |\n| **Total** | **250** | **1 470** | **1 720** |\n';
    const d = analyze(text, { markdown: true }).diagnostics.filter((x) => x.code === 'table-total');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /its column 60 off their totals; 700 would fit both/);
  });
});

describe('tables: a column of rates beside its counts', () => {
  it('judges each row of a rate column on the two columns whose totals give the total row’s rate', () => {
    const doc = (r: string) => `| Séjour | Places | Inscrits | Remplissage |\n|---|---:|---:|---:|\n| Nature | 20 | 18 | 90 % |\n| Montagne | 40 | 36 | 90 % |\n| Mer | 40 | 30 | ${r} |\n| **Total** | **100** | **84** | **84 %** |\n`;
    assert.deepEqual(analyzeCodes(doc('75 %')), []);
    assert.deepEqual(analyzeCodes(doc('85 %')), [{ code: 'share-mismatch', text: '85' }]);
    // A « Part des … » column under a total row of its own rate, likewise.
    const museums = (r: string) => `| Musée | Visiteurs | dont étrangers | Part des étrangers |\n|---|---|---|---|\n| Château | 200 000 | 60 000 | 30 % |\n| Résistance | 80 000 | 16 000 | ${r} |\n| Vin | 40 000 | 4 000 | 10 % |\n| Ensemble | 320 000 | 80 000 | 25 % |\n`;
    assert.deepEqual(analyzeCodes(museums('20 %')), []);
    assert.deepEqual(analyzeCodes(museums('26 %')), [{ code: 'share-mismatch', text: '26' }]);
  });
  it('judges a share column whose total row cell is a dash', () => {
    const doc = (p: string) => `| Charges | Montant (M€) | Part (%) |\n|---|---:|---:|\n| Personnel | 300,0 | 60,0 |\n| Médical | 100,0 | ${p} |\n| Général | 100,0 | 20,0 |\n| Total | 500,0 | – |\n`;
    assert.deepEqual(analyzeCodes(doc('20,0')), []);
    assert.deepEqual(analyzeCodes(doc('24,0')), [{ code: 'share-mismatch', text: '24,0' }]);
  });

  it('reads a « Part » column whose total row is its own rate, not 100 %, as rates of each row', () => {
    const table = '| Commune | Habitants | Abonnés | Part |\n|---|---:|---:|---:|\n| Aval | 500 | 200 | 40 % |\n| Amont | 300 | 150 | 50 % |\n| Vallée | 200 | 120 | 60 % |\n| **Ensemble** | **1 000** | **470** | **47 %** |\n';
    assert.deepEqual(codes(table), []);
  });
});


  it('reads an « Évol. » column as the change between the year columns', () => {
    const doc = (e: string) => `| Dépenses (k€) | 2023 | 2024 | Évol. |\n|---|---:|---:|---:|\n| Voirie | 1 200 | 1 320 | +10,0 % |\n| Écoles | 800 | 840 | ${e} |\n| **Total** | **2 000** | **2 160** | **+8,0 %** |\n`;
    assert.deepEqual(codes(doc('+5,0 %')), []);
    assert.deepEqual(codes(doc('+9,0 %')), ['change-mismatch']);
  });


  it('reads a column of percentages with an « Autres » row as a whole split, whatever its header', () => {
    const doc = (x: string) => `| Mode | 2019 | 2024 |\n|---|---:|---:|\n| Voiture | 60 % | 54 % |\n| Bus | 15 % | 18 % |\n| Vélo | 5 % | 9 % |\n| Autres | 20 % | ${x} |\n`;
    assert.deepEqual(codes(doc('19 %')), []);
    assert.deepEqual(codes(doc('11 %')), ['percent-sum']);
    // A column of changes, signed, is no split.
    assert.deepEqual(codes(`| Recette | 2024 | 2025 | Écart |\n|---|---:|---:|---:|\n| TVA | 97 | 99 | +2,1 % |\n| IR | 86 | 94 | +9,3 % |\n| Autres | 37 | 41 | +10,8 % |\n`), []);
  });
  it('reports a wrong cell of the total row once, when the grand total is read in the unit only the total column gives', () => {
    const text = (col: string) => `| Ville | État | Région | Total (M€) |\n|---|---|---|---|\n| Caen | 4,0 | 2,0 | 6,0 |\n| Vire | 3,0 | 1,5 | 4,5 |\n| **Total** | **7,0** | **${col}** | **10,5** |\n`;
    assert.deepEqual(check(text('3,5')).findings.filter((f) => f.code === 'table-total'), []);
    const wrong = check(text('4,5')).findings.filter((f) => f.code === 'table-total');
    assert.deepEqual(wrong.map((f) => text('4,5').slice(f.start, f.end)), ['4,5']);
  });
  it('reads a last « Coût total (k€) » column as the total of the columns in its own unit, a count column beside them aside', () => {
    const text = (x: string) => `| Site | Visiteurs | Achats (k€) | Salaires (k€) | Coût total (k€) |\n|---|---:|---:|---:|---:|\n| Nord | 12 000 | 120 | 300 | 420 |\n| Sud | 8 000 | 90 | 210 | 300 |\n| Est | 5 000 | 60 | 150 | ${x} |\n| **Total** | **25 000** | **270** | **660** | **930** |\n`;
    assert.deepEqual(codes(text('210')), []);
    const wrong = flagged(text('250'));
    assert.deepEqual(wrong, ['table-total 250']);
  });
  it('reads a bold last row naming the area the rows divide (« Département ») as their total even when it is wrong', () => {
    const text = (x: string) => `| Territoire | Allocataires | Évolution |\n|---|---|---|\n| Centre | 4 200 | +3 % |\n| Littoral | 3 100 | +1 % |\n| Montagne | 1 700 | −2 % |\n| **Département** | **${x}** | **+1 %** |\n`;
    assert.deepEqual(codes(text('9 000')), []);
    assert.deepEqual(flagged(text('9 600')), ['table-total 9 600']);
    // A bold last row of another place is one more row.
    assert.deepEqual(codes('| Territoire | Allocataires |\n|---|---|\n| Centre | 4 200 |\n| Littoral | 3 100 |\n| **Montagne** | **9 600** |\n'), []);
  });
  it('reads an evolution in percent against the two year columns, past an evolution in euros beside it', () => {
    const table = (p: string) => `| | 2023 (M€) | 2024 (M€) | Évolution (M€) | Évolution (%) |\n|---|---:|---:|---:|---:|\n| Dotation | 18,4 | 19,6 | +1,2 | ${p} |\n| Agence | 9,7 | 11,2 | +1,5 | +15,5 % |\n`;
    assert.deepEqual(codes(table('+6,5 %')), []);
    assert.deepEqual(codes(table('+9,5 %')), ['change-mismatch']);
  });

  it('reads a « Cumul » column over rows of years as a running total, not as the sum of its row', () => {
    const table = (c: string) => `| Année | Logements aidés | Montant annuel (k€) | Cumul depuis 2021 (k€) |\n|---|---:|---:|---:|\n| 2021 | 410 | 1 230 | 1 230 |\n| 2022 | 585 | 1 755 | ${c} |\n| 2023 | 720 | 2 310 | 5 295 |\n`;
    assert.deepEqual(codes(table('2 985')), []);
    assert.deepEqual(flagged(table('3 085')), ['table-total 3 085']);
  });
  it('checks a money total in the prose under the table against its one money column, never a total of some rows', () => {
    const table = '| Saison | Clubs aidés | Montant versé |\n|---|---:|---:|\n| 2021 | 38 | 3,85 M€ |\n| 2022 | 41 | 4,10 M€ |\n| 2023 | 44 | 4,45 M€ |\n\n';
    assert.deepEqual(flagged(table + 'Sur la période, la Région a versé au total 14,4 M€.'), ['table-total 14,4']);
    assert.deepEqual(codes(table + 'Sur la période, la Région a versé au total 12,4 M€.'), []);
    // « Les deux saisons … totalisent » sums two of the three rows.
    assert.deepEqual(codes(table + 'Les deux dernières saisons totalisent 8,55 M€.'), []);
  });
  it('takes a prose total under a table from the figures read, whatever way its unit is written', () => {
    const table = '| Quartier | Crédits engagés (M€) |\n|---|---:|\n| Gare | 2,6 |\n| Plateau | 3,9 |\n| Rives | 1,7 |\n\n';
    assert.deepEqual(flagged(table + 'Au total, 9,2 millions d’euros ont été engagés en 2024.'), ['table-total 9,2']);
    assert.deepEqual(codes(table + 'Au total, 8,2 millions d’euros ont été engagés en 2024.'), []);
    // A percentage beside the total is no second amount; two amounts leave the sentence unread.
    assert.deepEqual(flagged(table + 'Au total, 9,2 M€ ont été engagés, soit 40 % de plus qu’en 2023.'), ['table-total 9,2']);
    assert.deepEqual(codes(table + 'Au total, 9,2 M€ ont été engagés en 2024 contre 7,1 M€ en 2023.'), []);
  });
  it('never reads a column of shares as the parts of a money total in the caption under it', () => {
    const table = '| Secteur | Part de l’enveloppe |\n|---|---:|\n| Écoles | 41,5 % |\n| Voirie | 33,0 % |\n| Sport | 25,5 % |\n\n';
    assert.deepEqual(codes(table + '*Répartition de l’enveloppe (total : 4,6 M€).*'), []);
  });
  it('never sums a count and an amount per unit into a column of totals paid', () => {
    const table = (t: string) => `| Tranche | Foyers | Montant du chèque | Total versé |\n|---|---:|---:|---:|\n| Basse | 8 200 | 194 € | 1 590 800 € |\n| Moyenne | 5 900 | 146 € | 861 400 € |\n| Haute | 4 300 | 98 € | 421 400 € |\n| **Total** | **18 400** | — | **${t}** |\n`;
    assert.deepEqual(codes(table('2 873 600 €')), []);
    assert.deepEqual(flagged(table('3 173 600 €')), ['table-total 3 173 600']);
  });
  it('never reads a column of ratios to a number of things (« ETP pour 10 lits ») as parts of a sum', () => {
    const table = (r: string) => `| Établissement | Lits | ETP soignants | ETP pour 10 lits |\n|---|---:|---:|---:|\n| Les Glycines | 84 | 52,1 | 6,2 |\n| Le Parc | 120 | 70,8 | 5,9 |\n| La Source | 65 | 41,6 | 6,4 |\n| Ensemble | 269 | 164,5 | ${r} |\n`;
    assert.deepEqual(codes(table('6,1')), []);
    assert.deepEqual(flagged(table('6,1').replace('| 164,5 |', '| 174,5 |')), ['table-total 174,5']);
  });
  it('reads a column headed by two acronyms joined by a slash (« DETR / DSIL ») as a part of the row’s total', () => {
    const table = (c: string) => `| Bénéficiaires | DGF | FCTVA | DETR / DSIL | Total |\n|---|---:|---:|---:|---:|\n| Département | 98,4 | 12,6 | – | 111,0 |\n| Communes | 142,7 | 31,9 | 24,3 | ${c} |\n| Intercommunalités | 38,2 | 9,4 | 6,1 | 53,7 |\n| **Total** | **279,3** | **53,9** | **30,4** | **363,6** |\n`;
    assert.deepEqual(codes(table('198,9')), []);
    assert.deepEqual(flagged(table('218,9')), ['table-total 218,9']);
  });
  it('reads a column of a cost « au km » or « à la tonne » as per unit, no part of a total', () => {
    const table = '| Tronçon | Longueur (km) | Coût (M€) | Coût au km (M€) |\n|---|---|---|---|\n| Nord | 5,0 | 6,5 | 1,30 |\n| Sud | 3,0 | 4,5 | 1,50 |\n| **Total** | **8,0** | **11,0** | **1,38** |\n';
    assert.deepEqual(analyze(table, { markdown: true }).diagnostics.filter((d) => d.code === 'table-total').map((d) => table.slice(d.start, d.end)), []);
    // The same table with a wrong cost total is still flagged.
    const wrong = table.replace('**11,0**', '**12,0**');
    assert.deepEqual(analyze(wrong, { markdown: true }).diagnostics.filter((d) => d.code === 'table-total').map((d) => wrong.slice(d.start, d.end)), ['12,0']);
  });
  it('reads a last column « Année » over quarters as their sum, by the evidence of the rows that fit', () => {
    const table = (cell: string) => `| Site | T1 | T2 | T3 | T4 | Année |\n|---|---|---|---|---|---|\n| Musée | 12 000 | 25 000 | 41 000 | 9 000 | 87 000 |\n| Château | 4 000 | 18 000 | 36 000 | 6 000 | 64 000 |\n| Jardins | 2 000 | 9 000 | 15 000 | 3 000 | ${cell} |\n| **Total** | **18 000** | **52 000** | **92 000** | **18 000** | **180 000** |\n`;
    const flaggedCells = (t: string) => analyze(t, { markdown: true }).diagnostics.filter((d) => d.code === 'table-total').map((d) => t.slice(d.start, d.end));
    assert.deepEqual(flaggedCells(table('29 000')), []);
    assert.deepEqual(flaggedCells(table('35 000')), ['35 000']);
    // A column of years is still no sum: « Année » over rows that do not add up is left alone.
    assert.deepEqual(flaggedCells('| Équipement | Places | Coût (k€) | Année |\n|---|---|---|---|\n| Piscine | 120 | 800 | 2019 |\n| Gymnase | 60 | 450 | 2021 |\n| Stade | 400 | 1 200 | 2023 |\n'), []);
  });
  it('reads a slash between two payers as joining them, and one before a unit as dividing', () => {
    const table = (row: string) => `| Site | État | Région | Commune / EPCI | Total |\n|---|---|---|---|---|\n| Nord | 500 000 | 200 000 | 100 000 | ${row} |\n| Sud | 300 000 | 150 000 | 50 000 | 500 000 |\n| Est | 200 000 | 100 000 | 100 000 | 400 000 |\n`;
    assert.deepEqual(codes(table('800 000')), []);
    assert.deepEqual(flagged(table('900 000')), ['table-total 900 000']);
    // « Coût (€/an) » is a rate per year: no part of the row's sum.
    assert.deepEqual(codes('| Site | Travaux | Études | Coût (€/an) | Total |\n|---|---|---|---|---|\n| Nord | 500 000 | 200 000 | 12 000 | 700 000 |\n| Sud | 300 000 | 150 000 | 9 000 | 450 000 |\n'), []);
  });

  it('checks a share column against the column its header names', () => {
    const table = (first: string) => `| Tranche | Ménages | Montant (k€) | Part des ménages |\n|---|---:|---:|---:|\n| Basse | 600 | 4 100 | ${first} |\n| Moyenne | 300 | 1 500 | 30 % |\n| Haute | 100 | 400 | 10 % |\n| **Total** | **1 000** | **6 000** | **100 %** |\n`;
    assert.deepEqual(codes(table('60 %')), []);
    assert.deepEqual(flagged(table('68 %')).filter((f) => f.startsWith('share')), ['share-mismatch 68']);
  });
  it('reads a share column under « … se répartit ainsi : » as all of the whole, summing to 100 %', () => {
    const doc = (a: string) => `L’ensemble des déchets collectés se répartit ainsi :\n\n| Filière | Part |\n|---|---:|\n| Recyclage | ${a} |\n| Valorisation énergétique | 30 % |\n| Enfouissement | 18 % |\n`;
    assert.deepEqual(codes(doc('52 %')), []);
    assert.deepEqual(codes(doc('44 %')), ['percent-sum']);
  });
  it('reads a column « Demandes pour une attribution » as a ratio, whose total row is no sum', () => {
    const table = (t: string) => `| Typologie | Demandes | Attributions | Demandes pour une attribution |\n|---|---:|---:|---:|\n| T1 | 1 500 | 250 | 6,0 |\n| T2 | 2 400 | 600 | 4,0 |\n| T3 | 1 200 | 400 | 3,0 |\n| Total | ${t} | 1 250 | 4,1 |\n`;
    assert.deepEqual(codes(table('5 100')), []);
    assert.deepEqual(codes(table('5 600')), ['table-total']);
  });
  it('reads a change column over rows of years as each row against the row above, in the column its header names', () => {
    const table = (c: string) => `| Année | Accidents | Tués | Évolution des tués |\n|---|---:|---:|---:|\n| 2021 | 1 240 | 60 | — |\n| 2022 | 1 010 | 48 | −20,0 % |\n| 2023 | 1 100 | 54 | ${c} |\n| 2024 | 1 160 | 57 | +5,6 % |\n`;
    assert.deepEqual(codes(table('+12,5 %')), []);
    assert.deepEqual(flagged(table('+18,5 %')), ['change-mismatch +18,5']);
    // Two columns of years still give each row's change between them.
    assert.deepEqual(flagged('| Poste | 2023 | 2024 | Évolution |\n|---|---:|---:|---:|\n| Voirie | 100 | 110 | +10 % |\n| Écoles | 200 | 230 | +25 % |\n'), ['change-mismatch +25']);
  });
  it('reads a change column « depuis 2019 » or « cumulée » over rows of years as each row against its base row', () => {
    const since = (c: string) => `| Année | Effectif | Évolution depuis 2019 |\n|---|---:|---:|\n| 2019 | 400 | – |\n| 2021 | 360 | -10,0 % |\n| 2023 | 340 | ${c} |\n| 2025 | 380 | -5,0 % |\n`;
    assert.deepEqual(codes(since('-15,0 %')), []);
    assert.deepEqual(flagged(since('-25,0 %')), ['change-mismatch -25,0']);
    // The year named is a row in the middle: the rows before it change back from it.
    const middle = (c: string) => `| Année | Dotation (M€) | Évolution par rapport à 2021 |\n|---|---:|---:|\n| 2019 | 50 | +25 % |\n| 2021 | 40 | – |\n| 2023 | 44 | ${c} |\n`;
    assert.deepEqual(codes(middle('+10 %')), []);
    assert.deepEqual(flagged(middle('+4 %')), ['change-mismatch +4']);
    const cumulative = (c: string) => `| Année | Visiteurs | Variation cumulée |\n|---|---:|---:|\n| 2022 | 10 000 | – |\n| 2023 | 11 000 | +10 % |\n| 2024 | 12 500 | ${c} |\n`;
    assert.deepEqual(codes(cumulative('+25 %')), []);
    assert.deepEqual(flagged(cumulative('+13,6 %')), ['change-mismatch +13,6']);
    // A year no row holds: no base, nothing checked.
    assert.deepEqual(codes('| Année | Effectif | Évolution depuis 2015 |\n|---|---:|---:|\n| 2019 | 400 | +5 % |\n| 2021 | 360 | -3 % |\n'), []);
  });

  it('lets the share column of a table pass 100 % when the lead-in says its groups overlap', () => {
    const table = '| Régime | Retraités (millions) | Part des retraités (%) |\n|---|---|---|\n| Régime général | 15,1 | 88 |\n| Complémentaire | 13,0 | 76 |\n| Agricole | 2,4 | 14 |\n';
    assert.deepEqual(codes('Les retraités affiliés à plusieurs régimes sont comptés dans chaque régime, si bien que la somme des parts excède 100 %.\n\n' + table), []);
    assert.deepEqual(codes('Un même assuré peut relever de plusieurs régimes.\n\n' + table), []);
    assert.deepEqual(codes('Les retraités se répartissent ainsi entre les régimes.\n\n' + table), ['percent-sum']);
  });

  it('reports a wrong share of a share column once, on the share, not again on the column total « 100 % »', () => {
    const table = (p: string) => `| Catégorie | Chaleur livrée (MWh) | Part |\n|---|---|---|\n| Logements | 96 400 | 41,8 % |\n| Tertiaire | 58 300 | ${p} |\n| Industrie | 75 700 | 32,9 % |\n| **Total** | **230 400** | **100 %** |\n`;
    assert.deepEqual(codes(table('25,3 %')), []);
    assert.deepEqual(codes(table('28,3 %')), ['share-mismatch']);
    // A wrong total cell, with right shares, is still reported.
    assert.deepEqual(codes(table('25,3 %').replace('**100 %**', '**90 %**')), ['table-total']);
  });

  it('sums a total column across the figures of a row past a column of words (« Projet »)', () => {
    const table = (t: string) => `| Commune | Projet | État (k€) | Région (k€) | Total (k€) |\n|---|---|---|---|---|\n| A | Gymnase | 480 | 350 | 830 |\n| B | Piscine | 900 | 600 | ${t} |\n| **Total** | | **1 380** | **950** | **2 330** |\n`;
    assert.deepEqual(codes(table('1 500')), []);
    assert.deepEqual(flagged(table('1 700')), ['table-total 1 700']);
  });

  it('reads the bare cells of a change column headed « Évolution (%) » as percentages', () => {
    const table = (c: string) => `| Branche | 2023 | 2024 | Évolution (%) |\n|---|---|---|---|\n| Maladie | 245,2 | 254,1 | 3,6 |\n| Famille | 50,3 | 51,4 | ${c} |\n| **Total** | **295,5** | **305,5** | **3,4** |\n`;
    assert.deepEqual(codes(table('2,2')), []);
    assert.deepEqual(flagged(table('4,2')), ['change-mismatch 4,2']);
  });

  it('reads a change column headed « Évolution (points) » as the difference of two rates, in points', () => {
    const table = (c: string) => `Les taux de chômage (en % de la population active) :\n\n| Région | T4 2019 | T4 2023 | Évolution (points) |\n|---|---|---|---|\n| Nord | 10,0 | 8,9 | -1,1 |\n| Sud | 9,8 | 8,7 | -1,1 |\n| Est | 8,0 | 7,1 | ${c} |\n`;
    assert.deepEqual(codes(table('-0,9')), []);
    assert.deepEqual(flagged(table('-1,6')), ['change-mismatch -1,6']);
  });

  it('reads a last row at 100 % as the total row, whatever its label', () => {
    const table = (a: string) => `| Site | Dossiers | Part |\n|---|---:|---:|\n| Nord | 3 000 | 30,0 % |\n| Sud | 5 000 | 50,0 % |\n| Est | ${a} | 20,0 % |\n| Académie | 10 000 | 100,0 % |\n`;
    assert.deepEqual(analyzeCodes(table('2 000')), []);
    assert.deepEqual(analyzeCodes(table('2 600')), [{ code: 'table-total', text: '10 000' }]);
  });
});

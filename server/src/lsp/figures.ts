// What the figures table and the Figures view show (`policyLens/figures`):
// every figure of a document (amounts, percentages, and the numbers of its
// tables), by section, with notes in words; every check with its kind in
// words, its arithmetic, its verdict and the line of the mention it flags.
// All words go through `t`: the client only lays them out.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { formatNumber, formatPercent, formatScaled } from '../core/format';
import { Translate } from '../core/messages';
import { indexAt } from '../core/structure';
import { parseCell } from '../core/figures/cells';
import { Check, Span } from '../core/types';
import { describeCheck } from './codeLens';
import { CheckRow, FigureRow, Figures } from '../../../shared/protocol';

export const MAX_FIGURE_ROWS = 50_000;
export const MAX_CHECK_ROWS = 10_000;

export type { CheckRow, FigureRow };
export type FiguresPayload = Figures;

export function checkLabel(kind: Check['kind'], t: Translate): string {
  switch (kind) {
    case 'sum':
      return t('Sum of parts');
    case 'part':
      return t('Part of a whole');
    case 'percent-sum':
      return t('Shares of 100 %');
    case 'share':
      return t('Share of a whole');
    case 'table-total':
      return t('Table total');
    case 'conflict':
      return t('Same amount twice');
    case 'change':
      return t('Change');
    case 'rate':
      return t('Rate');
    case 'restatement':
      return t('Restatement');
    case 'reference':
      return t('Reference amount');
  }
}

/** The mention a check's diagnostic sits on. */
export function flaggedSpan(check: Check): Span {
  if (check.kind === 'conflict' || check.kind === 'restatement') return check.parts[0] ?? check.total;
  if (check.kind === 'part' && check.parts.length === 1) return check.parts[0];
  return check.total;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A check in a sentence and its arithmetic, figures quoted as the text writes them. */
export function explainCheck(check: Check, text: string, line: (offset: number) => number, t: Translate): { words: string; arithmetic: string } {
  const q = (s: Span) => clean(text.slice(s.start, s.end));
  const ok = check.status === 'ok';
  switch (check.kind) {
    case 'sum':
    case 'table-total':
      return { words: ok ? t('The parts add up to the total.') : t('The parts do not add up to the total.'), arithmetic: describeCheck(check, t) };
    case 'part':
      return check.parts.length === 1
        ? {
            words: ok ? t('The part stays within its whole.') : t('The part is larger than its whole.'),
            arithmetic: `${q(check.parts[0])} ${ok ? '≤' : '>'} ${q(check.total)}`,
          }
        : { words: ok ? t('The parts stay within their whole.') : t('The parts add up to more than their whole.'), arithmetic: describeCheck(check, t) };
    case 'percent-sum':
      return { words: ok ? t('The shares of one whole add up as they should.') : t('The shares of one whole do not add up to 100 %.'), arithmetic: describeCheck(check, t) };
    case 'share': {
      const o = check.operands;
      const ratio = formatPercent(check.sum, 1);
      const arithmetic = o ? `${q(o.part)} / ${q(o.whole)} = ${ratio}` : ratio;
      return {
        words: ok ? t('The percentage is the part over the whole.') : t('The percentage is not the part over the whole: the text says {0}.', q(check.total)),
        arithmetic: ok ? `${arithmetic} ✓` : `${arithmetic} ≠ ${q(check.total)} ✗`,
      };
    }
    case 'conflict': {
      const here = check.parts[0];
      return {
        words: ok ? t('The same amount is given elsewhere.') : t('Another amount is given for the same thing elsewhere in the document.'),
        arithmetic: `${t('{0} (line {1})', q(here), line(here.start))} ${ok ? '=' : '≠'} ${t('{0} (line {1})', q(check.total), line(check.total.start))}`,
      };
    }
    case 'change': {
      const [from, to] = check.parts;
      const computed = check.unit === '%' ? formatPercent(check.sum, 1) : check.unit === 'pt' ? `${formatNumber(check.sum, 1)} pt` : check.unit === '×' ? `× ${formatNumber(check.sum, 2)}` : formatScaled(check.sum, check.unit);
      return {
        words: ok ? t('The change matches its two figures.') : t('The change does not match its two figures: the text says {0}.', q(check.total)),
        arithmetic: `${q(from)} → ${q(to)} : ${computed} ${ok ? '✓' : '✗'}`,
      };
    }
    case 'rate': {
      const [rate, count] = check.parts;
      return {
        words: ok ? t('The rate and the count give the amount.') : t('The rate and the count do not give the amount: the text says {0}.', q(check.total)),
        arithmetic: `${q(rate)}, ${q(count)} → ${formatScaled(check.sum, check.unit)} ${ok ? '✓' : '✗'}`,
      };
    }
    case 'restatement':
      return {
        words: ok ? t('Both forms state the same figure.') : t('The two forms of one figure differ.'),
        arithmetic: `${q(check.total)} ${ok ? '=' : '≠'} ${q(check.parts[0])}`,
      };
    case 'reference':
      return {
        words: ok ? t('The amount matches the reference.') : t('The amount differs from the reference.'),
        arithmetic: `${q(check.parts[0])} ${ok ? '=' : '≠'} ${formatScaled(check.total.value, check.unit)}`,
      };
  }
}

export function figuresPayload(doc: TextDocument, a: Analysis, t: Translate): FiguresPayload {
  const text = doc.getText();
  const line = (offset: number) => doc.positionAt(offset).line;
  const sections = a.structure.sections;
  const sectionOf = (offset: number) => indexAt(sections, offset);

  // Which checks each figure takes part in, by the figure's start.
  const byStart = new Map<number, number[]>();
  const note = (s: Span, i: number) => {
    const list = byStart.get(s.start) ?? [];
    if (list[list.length - 1] !== i) list.push(i);
    byStart.set(s.start, list);
  };
  const checks = a.checks.slice(0, MAX_CHECK_ROWS);
  checks.forEach((c, i) => {
    note(c.total, i);
    for (const p of c.parts) note(p, i);
    if (c.operands) {
      note(c.operands.part, i);
      note(c.operands.whole, i);
    }
  });
  const checkNotes = (start: number): { notes: string[]; failing: boolean } => {
    const list = byStart.get(start) ?? [];
    const notes = list.slice(0, 4).map((i) => `${checkLabel(checks[i].kind, t)} ${checks[i].status === 'ok' ? '✓' : '✗'}`);
    return { notes, failing: list.some((i) => checks[i].status === 'mismatch') };
  };

  const figures: FigureRow[] = [];
  const taken: Span[] = [];
  for (const x of a.amounts) {
    if (figures.length >= MAX_FIGURE_ROWS) break;
    const notes: string[] = [];
    if (x.qualifier === 'approximate') notes.push(t('approximate'));
    else if (x.qualifier === 'lower-bound') notes.push(t('at least'));
    else if (x.qualifier === 'upper-bound') notes.push(t('at most'));
    if (x.range) notes.push(x.range.role === 'low' ? t('range, lower end') : t('range, upper end'));
    if (x.currencyInferred) notes.push(t('currency inferred from the paragraph'));
    if (indexAt(a.structure.tables, x.start) >= 0) notes.push(t('table cell'));
    if (x.unitFrom) notes.push(t('unit stated elsewhere: « {0} »', clean(x.unitFrom.text)));
    const c = checkNotes(x.start);
    figures.push({ text: clean(x.text), line: line(x.start), value: x.value, unit: x.currency, kind: 'amount', section: sectionOf(x.start), notes: [...notes, ...c.notes], failing: c.failing });
    taken.push(x);
  }
  for (const x of a.percentages) {
    if (figures.length >= MAX_FIGURE_ROWS) break;
    const notes: string[] = [];
    if (x.qualifier === 'approximate') notes.push(t('approximate'));
    const c = checkNotes(x.start);
    figures.push({ text: clean(x.text), line: line(x.start), value: x.value, unit: '%', kind: 'percentage', section: sectionOf(x.start), notes: [...notes, ...c.notes], failing: c.failing });
    taken.push(x);
  }
  // The numbers of tables that are neither amounts nor percentages (a column « en milliers », counts, years aside).
  taken.sort((x, y) => x.start - y.start);
  for (const table of a.structure.tables) {
    const rows = table.rows;
    rows.forEach((row, r) => {
      if (row.separator || (r === 0 && rows[1]?.separator)) return;
      row.cells.forEach((cell, col) => {
        if (figures.length >= MAX_FIGURE_ROWS) return;
        if (indexAt(taken, cell.start) >= 0 || indexAt(taken, Math.max(cell.start, cell.end - 1)) >= 0) return;
        const v = parseCell(text.slice(cell.start, cell.end));
        if (v.kind !== 'number') return;
        const n = v.n;
        if (col === 0 && n.decimals === 0 && n.value >= 1900 && n.value <= 2100) return;
        const c = checkNotes(cell.start + n.start);
        figures.push({
          text: clean(text.slice(cell.start, cell.end)),
          line: line(cell.start),
          value: n.value,
          unit: n.unit ? (n.unit.percent ? '%' : n.unit.currency) : '',
          kind: 'cell',
          section: sectionOf(cell.start),
          notes: [t('table cell'), ...c.notes],
          failing: c.failing,
        });
      });
    });
  }
  figures.sort((x, y) => x.line - y.line);

  const checkRows: CheckRow[] = checks.map((c) => {
    const at = flaggedSpan(c);
    const { words, arithmetic } = explainCheck(c, text, (o) => line(o) + 1, t);
    return { kind: c.kind, label: checkLabel(c.kind, t), status: c.status, line: line(at.start), section: sectionOf(at.start), words, arithmetic, description: arithmetic };
  });
  const amounts = a.amounts.slice(0, MAX_FIGURE_ROWS);
  const percentages = a.percentages.slice(0, MAX_FIGURE_ROWS - amounts.length);
  return {
    sections: sections.map((s) => ({ title: s.heading ? clean(s.title) || '#' : '', line: line(s.start) })),
    figures,
    checks: checkRows,
    omitted: { figures: Math.max(0, a.amounts.length + a.percentages.length - amounts.length - percentages.length), checks: a.checks.length - checks.length },
    amounts: amounts.map((x) => ({ text: x.text, line: line(x.start), value: x.value, currency: x.currency, qualifier: x.qualifier, inferred: x.currencyInferred })),
    percentages: percentages.map((x) => ({ text: x.text, line: line(x.start), value: x.value })),
  };
}

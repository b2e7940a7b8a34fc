// A figure with a currency becomes an Amount.

import { Amount } from '../types';
import { Figure, figureNumber, figureStep, figureValue } from './figure';
import { Tokens } from './tokens';

export function toAmount(text: string, t: Tokens, f: Figure): Amount | null {
  const value = figureValue(f);
  const step = figureStep(f);
  if (!Number.isFinite(value) || value < 0 || !Number.isFinite(step) || step <= 0) return null;
  const amount: Amount = {
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    value,
    currency: f.unit,
    currencyInferred: f.inferred,
    qualifier: f.qualifier,
    step,
  };
  if (f.unitFrom) {
    const u = f.unitFrom;
    amount.unitFrom = { start: u.start, end: u.end, text: u.text, factor: u.factor };
  }
  const written = figureNumber(f);
  if (f.restatedValue >= 0 && written > 0) {
    // The bracketed number stands before the scale, as the figure's own number does.
    amount.restated = { start: f.restatedStart, end: f.restatedEnd, value: (f.restatedValue * value) / written };
  }
  if (f.scaleTok >= 0) {
    const s = t.start[f.scaleTok];
    const e = t.end[f.scaleTok];
    amount.scale = { start: s, end: e, text: text.slice(s, e), factor: f.scale };
  }
  return amount;
}

// A figure with a percent marker becomes a Percentage (value as written: 12,5 % → 12.5; taken away by a verb,
// « soustraire 5 % », negative).

import { Percentage } from '../types';
import { Figure, figureStep, figureValue } from './figure';

export function toPercentage(text: string, f: Figure): Percentage | null {
  const value = figureValue(f);
  const step = figureStep(f);
  if (!Number.isFinite(value) || value < 0 || !Number.isFinite(step) || step <= 0) return null;
  return { start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.subtracted ? -value : value, step, qualifier: f.qualifier };
}

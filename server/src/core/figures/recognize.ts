import { Amount, Percentage } from '../types';
import { DocumentStructure } from '../structure';

export function recognizeFigures(_text: string, _structure: DocumentStructure): { amounts: Amount[]; percentages: Percentage[] } {
  return { amounts: [], percentages: [] };
}

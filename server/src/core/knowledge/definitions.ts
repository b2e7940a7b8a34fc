import { Definition } from '../types';
import { DocumentStructure } from '../structure';
import { KnowledgeIndex } from './index';
export function findDefinitions(_text: string, _s: DocumentStructure, _k: KnowledgeIndex): Definition[] {
  return [];
}

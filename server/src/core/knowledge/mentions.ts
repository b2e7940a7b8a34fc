import { Definition, EntityMention } from '../types';
import { KnowledgeIndex } from './index';
export function findEntities(_text: string, _k: KnowledgeIndex, _d: Definition[]): EntityMention[] {
  return [];
}

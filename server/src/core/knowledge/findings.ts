import { Definition, EntityMention, Finding } from '../types';
import { DocumentStructure } from '../structure';
import { Translate } from '../messages';
import { KnowledgeIndex } from './index';
export interface EntityFindingInput {
  text: string;
  structure: DocumentStructure;
  entities: EntityMention[];
  definitions: Definition[];
  knowledge: KnowledgeIndex;
  t: Translate;
}
export function entityFindings(_input: EntityFindingInput): Finding[] {
  return [];
}

export interface KnowledgeIndex {}
const builtin: KnowledgeIndex = {};
export function builtinKnowledge(): KnowledgeIndex {
  return builtin;
}

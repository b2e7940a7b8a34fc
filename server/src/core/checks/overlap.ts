// Whether a passage says the groups it counts overlap — a survey with several answers per person, people counted in
// each scheme they belong to — so that their shares add up to no whole and may pass 100 %. Read by the shares of
// prose and lists (find/partitions.ts) and the share columns of tables (tables.ts).

/** Words that say a survey's answers may overlap: « plusieurs réponses possibles », « réponses multiples ». */
const MULTIPLE = ['plusieurs reponses', 'reponses multiples', 'choix multiples', 'plusieurs choix', 'cumulables',
  // « la somme des parts excède 100 % », « le total dépasse 100 % »: the text says so itself.
  'depasse 100', 'depassent 100', 'excede 100', 'excedent 100', 'superieur a 100', 'superieure a 100', 'au-dela de 100',
  // « les polypensionnés étant comptés dans chaque régime dont ils relèvent ».
  'comptes dans chaque', 'comptees dans chaque', 'comptes dans chacun', 'comptees dans chacune', 'de plusieurs regimes', 'dans plusieurs regimes',
  // « relever de plusieurs catégories », « compté dans plusieurs profils » (« les données divergent sur plusieurs
  // catégories » says nothing of overlapping counts).
  'de plusieurs categories', 'dans plusieurs categories', 'a plusieurs categories', 'de plusieurs profils', 'dans plusieurs profils', 'de plusieurs situations', 'dans plusieurs situations',
  // « Chaque votant pouvait soutenir jusqu’à trois projets » (« au moins un enfant » may name one category: not read).
  "jusqu'a deux", "jusqu'a trois", "jusqu'a quatre", "jusqu'a cinq",
  // « une cinquantaine d’entre elles cumulant les deux démarches », « certaines relèvent des deux »: the groups overlap.
  'cumulant les deux', 'cumulent les deux', 'cumule les deux', 'relevent des deux', 'relever des deux', 'releve des deux', 'des deux categories', 'les deux a la fois', 'dans les deux categories',
  // « une même personne pouvant cumuler plusieurs de ces situations »: so do counts of people by situation.
  'pouvant cumuler', 'peut cumuler', 'peuvent cumuler', 'cumuler plusieurs', 'cumulent plusieurs', 'cumule plusieurs'];

/**
 * « une même commune pouvant présenter plusieurs dossiers », « un même élève peut suivre les deux parcours »: one thing
 * counted in several groups, said within a few words of « un(e) même ».
 */
function oneInSeveral(folded: string): boolean {
  for (const opener of ['une meme ', 'un meme ']) {
    for (let at = folded.indexOf(opener); at >= 0; at = folded.indexOf(opener, at + 1)) {
      const near = folded.slice(at, at + 90);
      if (near.includes('plusieurs') || near.includes('les deux') || near.includes('a la fois')) return true;
    }
  }
  return false;
}

/** The folded passage (words.ts `foldString`) says the groups it counts overlap. */
export function saysOverlap(folded: string): boolean {
  return MULTIPLE.some((w) => folded.includes(w)) || oneInSeveral(folded);
}

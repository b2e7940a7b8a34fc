// The words that tell how figures relate, kept as data: each entry is a
// lemma with a paradigm (its inflections are generated, not typed) or a fixed
// phrase, and the role it plays. The relation finders ask « what roles does
// this word or phrase play? » (cues.ts); none of them compares words itself.
// Forms are folded as words.ts folds them: lower case, no accents, elisions
// kept as their own word with a plain apostrophe (« d’euros » → « d' euros »).

export type Role =
  /** States that the figure it governs is a total: « au total », « un montant global de », « cumulés ». */
  | 'total'
  /** A noun for a whole: « total », « montant », « enveloppe »… (« Sur ce total », « Cette enveloppe… »). */
  | 'whole-noun'
  /** A noun that names a sum itself, so « Le montant se répartit… » points back to the last one stated. */
  | 'sum-noun'
  /** A demonstrative or pronoun that points back to a figure stated before: « ce », « cette », « elle ». */
  | 'anaphora'
  /** Announces parts that exhaust their whole: « se répartit », « se décompose », « comprend », « comme suit ». */
  | 'distribution'
  /** Announces parts by where they come from: « provient de », « financé par ». Complete, as distribution. */
  | 'origin'
  /** Spends a whole on parts, not necessarily all of it: « finance », « couvre », « consacre ». */
  | 'allocation'
  /** Announces a list that is complete: « ainsi », « suivante », « l’intégralité ». */
  | 'complete'
  /** Makes a list of parts partial: « notamment », « parmi », « en particulier ». */
  | 'partial'
  /** Closes a list of parts: « enfin », « le reste », « le solde ». */
  | 'closure'
  /** A remainder, the whole less the parts named before: « le reste », « le solde », « le reliquat ». */
  | 'remainder'
  /** Goes on down a ranking the sentence before began: « Viennent ensuite », « Suivent », « Loin derrière ». */
  | 'sequel'
  /** A different basis that makes sums meaningless: « chacun », « en moyenne ». */
  | 'basis'
  /** A basis that figures may share, and must not mix: HT (value 1) and TTC (2), AE (3) and CP (4). */
  | 'mixed-basis'
  /** Ends the region of parts: the figure after it is no part (« contre », « hors », « initialement »). */
  | 'stop'
  /** A figure added on top, not a part: « supplémentaires », « en plus ». */
  | 'extra'
  /** A budget stage; stages nest (ouverts ⊇ engagés ⊇ payés) and never add up. */
  | 'stage'
  /** A noun of a later budget stage, naming what was done with a whole: « engagements », « versements ». */
  | 'stage-noun'
  /** A rise: « hausse », « augmente », « progression ». */
  | 'rise'
  /** A fall: « baisse », « diminue », « recul ». */
  | 'fall'
  /** A change of unknown direction: « évolution », « variation ». */
  | 'change'
  /** A change by a factor: « double » (2), « triple » (3). */
  | 'factor'
  /** Percentage points: « points ». */
  | 'points'
  /** « fois » in « trois fois plus ». */
  | 'times'
  /** A comparison with another time or case: « contre », « par rapport à », « comparé à ». */
  | 'comparison'
  /** A revision of a figure: « initialement », « porté à », « ramené à », « désormais ». */
  | 'revision'
  /** A noun counted per unit after « par »: « an », « habitant », « dossier ». */
  | 'per'
  /** A word that makes a figure yearly: « annuel », « chaque année ». */
  | 'yearly'
  /** A word that introduces a duration: « pendant », « durant ». */
  | 'duration'
  /** A unit of time counted in a duration: « ans », « années », « mois ». */
  | 'years'
  /** A verb of share: « représente », « constitue », « pèse ». */
  | 'share-verb'
  /** A fraction word; its value is the entry's `value`: « moitié » (1/2), « tiers » (1/3). */
  | 'fraction'
  /** A claim verb or noun that ties an amount to a name: « doté de », « budget », « bénéficie de ». */
  | 'attach'
  /** A verb by which a part receives its share of a whole stated before: « recevra », « obtient », « percevra ». */
  | 'receipt'
  /** A verb by which a funder gives its share of a cost: « apporte », « verse », « contribue », « participe ». */
  | 'contribution'
  /** Words of a partition of one population: « autres », « sans opinion », « ne se prononcent pas ». */
  | 'partition'
  /** A rate, not a share of a whole: « taux », « TVA », « intérêts », « rendement ». */
  | 'ratio'
  /** Introduces a computed result: « coûtera », « cela fait », « une facture de », « estimée à ». */
  | 'result'
  /** The difference of two amounts: « épargne brute » (receipts less spending), « solde », « écart », « excédent », « déficit ». */
  | 'difference'
  /** A ceiling or floor, not a rate to multiply: « peut atteindre », « plafonné à », « au maximum ». */
  | 'ceiling'
  /** Confines a figure to one territory: « dans le département », « localement », « sur le territoire ». */
  | 'territory'
  /** Says a figure is the whole country's: « au niveau national », « à l’échelle nationale », « l’enveloppe nationale ». */
  | 'national'
  /** Introduces a cause, whose own figures are not the clause's: « sous l’effet de », « en raison de », « du fait de ». */
  | 'cause'
  /** The resource that balances a financing plan: « autofinancement », « fonds propres », « reste à charge ». */
  | 'self-funding'
  /** A figure the text sets aside as wrong: « et non 672 000 € », « au lieu de », « plutôt que ». */
  | 'rejected'
  /** What commitments still owe, a stock of its own: « le reste à payer », « les restes à réaliser »; no remainder of parts. */
  | 'outstanding'
  /** A person or body whose view a sentence reports: « pour la ministre », « pour le rapporteur ». */
  | 'speaker'
  /** A point in time that is no rate: « l’an dernier », « l’année prochaine » (not « 300 € l’an »). */
  | 'time';

type Paradigm =
  /** Invariable word or phrase. */
  | 'fixed'
  /** Noun: adds -s (or -x after -al/-au). */
  | 'noun'
  /** Adjective or participle: -e, -s, -es (with -el/-al/-if rules). */
  | 'adj'
  /** First-group verb, lemma without -er: « ventil » → ventile, ventilent, ventilé… */
  | 'er'
  /** Second-group verb, lemma without -ir: « répart » → répartit, répartissent, réparti… */
  | 'ir';

export interface LexiconEntry {
  /** A lemma (for a paradigm) or a phrase of folded words separated by spaces. */
  lemma: string;
  paradigm: Paradigm;
  roles: Role[];
  /** Irregular forms, folded, added to the generated ones. */
  forms?: string[];
  /** Generated forms that are another word (« finances » of « loi de finances » is no form of « financer »). */
  except?: string[];
  /** For factor and fraction words: the number they stand for. */
  value?: number;
  /** For stage words: how far along the budget cycle (1 opened, 2 committed, 3 paid). */
  rank?: number;
}

/** Nouns a figure can be counted per (« par habitant »), and « an » (« par an »). */
const PER_NOUNS = [
  'an', 'annee', 'mois', 'jour', 'semaine', 'trimestre', 'semestre', 'exercice', 'habitant', 'entreprise', 'beneficiaire', 'personne',
  'eleve', 'etudiant', 'foyer', 'menage', 'tete', 'salarie', 'emploi', 'poste', 'commune', 'region', 'departement', 'dossier',
  'unite', 'logement', 'projet', 'agent', 'patient', 'lit', 'place', 'classe', 'ecole', 'college', 'lycee', 'kilometre', 'km',
  'tonne', 'litre', 'kilowattheure', 'kwh', 'mwh', 'megawattheure', 'laureat', 'candidat', 'demandeur', 'allocataire', 'enfant',
  'famille', 'adherent', 'usager', 'mission', 'visite', 'consultation', 'heure', 'journee', 'nuit', 'vehicule', 'borne', 'metre',
  'hectare', 'exploitation', 'collectivite', 'etablissement', 'structure', 'site', 'operation', 'contrat', 'aide', 'prime', 'mairie',
];

export const LEXICON: readonly LexiconEntry[] = [
  // Totals, stated before or after their parts.
  { lemma: 'au total', paradigm: 'fixed', roles: ['total'] },
  { lemma: 'en tout', paradigm: 'fixed', roles: ['total'] },
  { lemma: 'au global', paradigm: 'fixed', roles: ['total'] },
  { lemma: 'au cumul', paradigm: 'fixed', roles: ['total'] },
  { lemma: 'en cumul', paradigm: 'fixed', roles: ['total'] },
  { lemma: 'au final', paradigm: 'fixed', roles: ['total'] },
  { lemma: 'au bout du compte', paradigm: 'fixed', roles: ['total'] },
  { lemma: 'sur la periode', paradigm: 'fixed', roles: ['total'] },
  { lemma: "sur l'ensemble de la periode", paradigm: 'fixed', roles: ['total'] },
  { lemma: 'au titre de la periode', paradigm: 'fixed', roles: ['total'] },
  // « 6,8 M€ au premier trimestre, …, soit 30,2 M€ pour l’année »: the sum of a year's quarters or months.
  ...["pour l'annee", "sur l'annee", "sur l'ensemble de l'annee", "pour l'exercice", "sur l'exercice", 'pour la periode'].map(
    (lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['total'] }),
  ),
  { lemma: 'cumul', paradigm: 'adj', roles: ['total'], forms: ['cumule', 'cumulee', 'cumules', 'cumulees'] },
  { lemma: 'total', paradigm: 'adj', roles: ['total', 'whole-noun', 'sum-noun'], forms: ['totaux'] },
  { lemma: 'global', paradigm: 'adj', roles: ['total'] },
  { lemma: 'ensemble', paradigm: 'noun', roles: ['total', 'whole-noun'] },
  { lemma: 'totalite', paradigm: 'noun', roles: ['total', 'complete'] },
  { lemma: 'integralite', paradigm: 'noun', roles: ['complete'] },
  { lemma: 'integralement', paradigm: 'fixed', roles: ['complete'] },
  // « Les crédits sont ventilés selon le propriétaire »: parts follow.
  { lemma: 'ventil', paradigm: 'er', roles: ['distribution'], forms: ['ventilation'] },
  { lemma: 'somme', paradigm: 'noun', roles: ['whole-noun', 'sum-noun'] },
  { lemma: 'montant', paradigm: 'noun', roles: ['whole-noun', 'sum-noun', 'attach'] },
  { lemma: 'enveloppe', paradigm: 'noun', roles: ['whole-noun', 'sum-noun', 'attach'] },
  { lemma: 'budget', paradigm: 'noun', roles: ['whole-noun', 'sum-noun', 'attach'] },
  { lemma: 'dotation', paradigm: 'noun', roles: ['whole-noun', 'sum-noun', 'attach'] },
  // Names whose « globale » is no word of total: « la dotation globale de fonctionnement (DGF) : 27,2 Md€ » is one item.
  ...['dotation globale de fonctionnement', "dotation globale d'equipement", 'dotation globale de decentralisation'].map(
    (lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['whole-noun', 'sum-noun', 'attach'] }),
  ),
  // « Ce produit se répartit entre quatre redevances »: what a tax or a fee yields. (« produit intérieur brut » is a name.)
  { lemma: 'produit', paradigm: 'noun', roles: ['sum-noun'] },
  { lemma: 'produit interieur brut', paradigm: 'fixed', roles: [] },
  { lemma: 'credit', paradigm: 'noun', roles: ['whole-noun'] },
  { lemma: 'fonds', paradigm: 'fixed', roles: ['whole-noun'] },
  { lemma: 'financement', paradigm: 'noun', roles: ['whole-noun', 'sum-noun'] },
  { lemma: 'plan de financement', paradigm: 'fixed', roles: ['whole-noun', 'sum-noun'], forms: ['plans de financement'] },
  { lemma: 'moyens', paradigm: 'fixed', roles: ['whole-noun'] },
  { lemma: 'investissement', paradigm: 'noun', roles: ['whole-noun'] },
  { lemma: 'plan', paradigm: 'noun', roles: ['whole-noun'] },
  { lemma: 'programme', paradigm: 'noun', roles: ['whole-noun'] },
  { lemma: 'effort', paradigm: 'noun', roles: ['whole-noun'] },
  { lemma: 'volet', paradigm: 'noun', roles: ['whole-noun'] },
  { lemma: 'cout', paradigm: 'noun', roles: ['whole-noun'] },
  { lemma: 'depense', paradigm: 'noun', roles: ['whole-noun'] },
  { lemma: 'recette', paradigm: 'noun', roles: ['whole-noun'] },
  // « Le budget est arrêté à 3,65 M€. Les ressources proviennent de l’État pour … »: what a budget is funded by.
  { lemma: 'ressource', paradigm: 'noun', roles: ['whole-noun'] },
  { lemma: 'aides', paradigm: 'fixed', roles: ['whole-noun'] },
  { lemma: 'capital', paradigm: 'fixed', roles: ['whole-noun'] },

  // Pointing back.
  { lemma: 'ce', paradigm: 'fixed', roles: ['anaphora'], forms: ["c'"] },
  { lemma: 'cet', paradigm: 'fixed', roles: ['anaphora'] },
  { lemma: 'cette', paradigm: 'fixed', roles: ['anaphora'] },
  { lemma: 'ces', paradigm: 'fixed', roles: ['anaphora'] },
  { lemma: 'il', paradigm: 'fixed', roles: ['anaphora'] },
  { lemma: 'elle', paradigm: 'fixed', roles: ['anaphora'] },
  { lemma: 'ils', paradigm: 'fixed', roles: ['anaphora'] },
  { lemma: 'elles', paradigm: 'fixed', roles: ['anaphora'] },
  // « Cela représente 1,95 M€ sur la période »: what was just said.
  { lemma: 'cela', paradigm: 'fixed', roles: ['anaphora'] },
  { lemma: 'ceci', paradigm: 'fixed', roles: ['anaphora'] },
  // « Ça comprend les denrées, le personnel … »: the spoken « cela ».
  { lemma: 'ca', paradigm: 'fixed', roles: ['anaphora'] },
  { lemma: 'celui-ci', paradigm: 'fixed', roles: ['anaphora'], forms: ['celle-ci', 'ceux-ci', 'celles-ci'] },
  { lemma: 'lequel', paradigm: 'fixed', roles: ['anaphora'], forms: ['laquelle', 'lesquels', 'lesquelles'] },

  // Parts that exhaust their whole.
  { lemma: 'repart', paradigm: 'ir', roles: ['distribution'], forms: ['repartition', 'repartitions'] },
  { lemma: 'decompos', paradigm: 'er', roles: ['distribution'], forms: ['decomposition'] },
  { lemma: 'ventil', paradigm: 'er', roles: ['distribution'], forms: ['ventilation'] },
  { lemma: 'partag', paradigm: 'er', roles: ['distribution'], forms: ['partageant', 'partageons'] },
  { lemma: 'compos', paradigm: 'er', roles: ['distribution'], forms: ['composition', 'compositions'] },
  { lemma: 'comprendre', paradigm: 'fixed', roles: ['distribution'], forms: ['comprend', 'comprennent', 'comprendra', 'comprendront', 'comprenant', 'comprenait', 'comprenaient'] },
  { lemma: 'englob', paradigm: 'er', roles: ['distribution'] },
  { lemma: 'regroup', paradigm: 'er', roles: ['distribution'] },
  // « Le plan de financement associait l’État (55 %), la région (25 %) et la commune (20 %) »: the partners of a cost.
  { lemma: 'associer', paradigm: 'fixed', roles: ['distribution'], forms: ['associe', 'associent', 'associait', 'associaient', 'associera', 'associeront'] },
  // « Le plan de financement s’appuie sur l’État (35 %), la Région (25 %) … »: the partners of a cost.
  ...['appuie', 'appuient', 'appuiera', 'appuieront', 'appuyait', 'appuyaient'].map((verb): LexiconEntry => ({ lemma: `${verb} sur`, paradigm: 'fixed', roles: ['distribution'] })),
  { lemma: 'comme suit', paradigm: 'fixed', roles: ['distribution', 'complete'] },
  // « Dans le détail, A 480 000 €, B 390 000 € … »: the parts of the whole stated just before (an opening only, see anaphoric).
  { lemma: 'dans le detail', paradigm: 'fixed', roles: ['distribution', 'anaphora'] },
  { lemma: 'ainsi', paradigm: 'fixed', roles: ['complete'] },
  { lemma: 'suivant', paradigm: 'adj', roles: ['complete'] },
  // « D’où viennent nos ressources ? », « Où va l’argent ? »: a question over a breakdown asks for all of it.
  ...["d'ou viennent", "d'ou vient", 'ou va', 'ou vont', "a quoi sert", "a quoi servent"].map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['distribution', 'complete'] })),
  { lemma: 'provenir', paradigm: 'fixed', roles: ['origin'], forms: ['provient', 'proviennent', 'proviendra', 'proviendront', 'provenant', 'provenait', 'provenaient', 'proviendraient', 'provenance'] },
  // « 412 tonnes de textiles, issues de : » (not « issue de », which « à l’issue de la séance » writes too).
  { lemma: 'issus de', paradigm: 'fixed', roles: ['origin'], forms: ['issues de', 'issu de', "issus d'", "issues d'", "issu d'"] },
  // « 18,7 M€, apportés par le FIR (7,4 M€), la région (5,2 M€) et … »: the passive participle names where the
  // whole comes from, every source in turn.
  ...['financ', 'cofinanc', 'apport', 'abond', 'assur'].flatMap((stem) => ['e', 'ee', 'es', 'ees'].map((end): LexiconEntry => ({ lemma: `${stem}${end} par`, paradigm: 'fixed', roles: ['origin'] }))),
  { lemma: 'financ', paradigm: 'er', roles: ['allocation'], forms: ['financant', 'financons', 'financera', 'financeront'], except: ['finances'] },
  { lemma: 'cofinanc', paradigm: 'er', roles: ['allocation'], forms: ['cofinancant'] },
  { lemma: 'couvr', paradigm: 'ir', roles: ['allocation', 'share-verb'], forms: ['couvre', 'couvrent', 'couvert', 'couverte', 'couverts', 'couvertes', 'couvrira', 'couvriront', 'couvrant'] },
  { lemma: 'consacr', paradigm: 'er', roles: ['allocation'] },
  { lemma: 'apport', paradigm: 'er', roles: ['allocation'] },
  { lemma: 'absorb', paradigm: 'er', roles: ['allocation', 'share-verb'] },
  { lemma: 'capt', paradigm: 'er', roles: ['allocation', 'share-verb'] },
  { lemma: 'allou', paradigm: 'er', roles: ['allocation'] },
  { lemma: 'affect', paradigm: 'er', roles: ['allocation', 'stage'], rank: 2 },
  { lemma: 'destin', paradigm: 'er', roles: ['allocation'] },
  { lemma: 'mobilis', paradigm: 'er', roles: ['allocation', 'attach'] },
  { lemma: 'deploy', paradigm: 'er', roles: ['allocation'], forms: ['deploie', 'deploient', 'deploiera', 'deploieront'] },
  { lemma: 'servir', paradigm: 'fixed', roles: ['allocation'], forms: ['sert', 'servent', 'servira', 'serviront'] },

  // Lists that leave things out.
  { lemma: 'notamment', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'parmi', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'en particulier', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'particulierement', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'par exemple', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'principalement', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'essentiellement', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'surtout', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'entre autres', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'plusieurs', paradigm: 'fixed', roles: ['partial'] },
  // « les principaux postes » leaves out the others; « le budget principal » does not.
  ...['les principaux', 'les principales', 'ses principaux', 'ses principales', 'leurs principaux', 'leurs principales'].map(
    (lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['partial'] }),
  ),
  { lemma: 'quelques', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'exemple', paradigm: 'noun', roles: ['partial'] },
  { lemma: 'certain', paradigm: 'adj', roles: ['partial'] },
  { lemma: 'partiellement', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'en partie', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'une partie', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'majoritairement', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'y compris', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'au sein de', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'au sein du', paradigm: 'fixed', roles: ['partial'] },
  { lemma: 'au sein des', paradigm: 'fixed', roles: ['partial'] },

  // The end of a list, and what is left.
  { lemma: 'enfin', paradigm: 'fixed', roles: ['closure'] },
  // « le reste », not « il reste », « reste le premier levier »; « le complément », not « en complément ».
  ...['le reste', 'reste a charge', 'le reste a charge', 'le complement', 'du complement'].map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['closure', 'remainder'] })),
  { lemma: 'solde', paradigm: 'noun', roles: ['closure', 'remainder', 'difference'] },
  // Longer than « le reste », so read first: « le reste à payer sur les engagements, 14 Md€ » closes no list.
  ...['reste a payer', 'le reste a payer', 'reste a realiser', 'restes a realiser', 'le reste a realiser', 'les restes a realiser'].map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['outstanding'] })),
  { lemma: 'reliquat', paradigm: 'noun', roles: ['closure', 'remainder'] },
  { lemma: 'restant', paradigm: 'adj', roles: ['closure', 'remainder'] },
  // « …, la licence restant leur premier choix », « le taux restant stable »: the participle of « rester », no
  // remainder. A phrase with no role wins over « restant » (leftmost-longest) and says nothing.
  ...['le', 'la', "l'", 'les', 'leur', 'leurs', 'son', 'sa', 'ses', 'un', 'une', 'des', 'en', 'stable', 'inchange', 'majoritaire', 'minoritaire', 'tres', 'encore', 'toutefois']
    .map((next): LexiconEntry => ({ lemma: `restant ${next}`, paradigm: 'fixed', roles: [] })),
  { lemma: 'surplus', paradigm: 'fixed', roles: ['closure', 'remainder'] },
  // « L’État complète le tour de table à hauteur de 10 % »: the last funder, with what is left.
  ...['complete', 'completera', 'completent', 'completeront', 'boucle', 'bouclera']
    .flatMap((verb) => [`${verb} le tour de table`, `${verb} le financement`, `${verb} le plan de financement`])
    .map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['closure', 'remainder'] })),

  // A territory's share of a national scheme (« 14,2 M€ d’aides dans le département »).
  ...['dans le departement', 'dans la commune', 'dans la region', "dans l'agglomeration", 'dans la metropole', 'dans la ville', 'sur le territoire', 'localement', 'au niveau local', "a l'echelle locale", "a l'echelle du departement", "a l'echelle de la region", 'dans notre departement', 'dans notre commune', 'dans notre region',
    'de la region', 'du departement', "de l'academie", 'de la metropole', "de l'agglomeration", 'en region', 'au niveau regional', 'au niveau departemental',
    "a l'echelle regionale", "a l'echelle departementale",
    // « c’est 80 M€ pour notre région »: the speaker's own territory.
    'pour notre region', 'pour notre departement', 'pour notre commune', 'pour notre ville', 'pour notre territoire', 'pour la seule region', 'pour le seul departement', 'pour notre agglomeration', 'pour notre metropole',
    // « les 1,24 Md€ de FEDER alloués à la région »: what goes to one territory is its share.
    'alloues a la region', 'alloues au departement', 'attribues a la region', 'attribues au departement', 'alloues a la metropole', 'delegues a la region']
    .map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['territory'] })),

  // The whole country's amount, which a territory's share is not (« doté de 2,5 Md€ au niveau national »).
  ...['au niveau national', "a l'echelle nationale", "a l'echelle du pays", 'sur le plan national', 'enveloppe nationale', 'dotation nationale', 'dans toute la france', 'pour toute la france', 'au plan national']
    .map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['national'] })),

  // A cause: « …, contre 8,5 M€, sous l’effet de la hausse des prix (+17 %) » — the 17 % is the prices'.
  ...["sous l'effet", 'en raison', 'du fait', 'a cause', 'grace a', 'compte tenu', "sous l'impulsion", 'en lien avec', 'tire par', 'tiree par', 'tires par', 'tirees par', 'porte par', 'portee par', 'portes par', 'portees par']
    .map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['cause'] })),
  // People and bodies whose view is reported: « Pour la ministre, … », « pour le rapporteur ».
  ...['ministre', 'maire', 'porte-parole', 'expert', 'economiste', 'opposition', 'syndicat', 'auteur'].map((lemma): LexiconEntry => ({ lemma, paradigm: 'noun', roles: ['speaker'] })),
  ...['president', 'vice-president', 'adjoint', 'elu', 'depute', 'delegue'].map((lemma): LexiconEntry => ({ lemma, paradigm: 'adj', roles: ['speaker'] })),
  { lemma: 'rapporteur', paradigm: 'noun', roles: ['speaker'], forms: ['rapporteure', 'rapporteures', 'rapporteuse', 'rapporteuses'] },
  { lemma: 'senateur', paradigm: 'noun', roles: ['speaker'], forms: ['senatrice', 'senatrices'] },
  { lemma: 'prefet', paradigm: 'noun', roles: ['speaker'], forms: ['prefete', 'prefetes'] },
  { lemma: 'directeur', paradigm: 'noun', roles: ['speaker'], forms: ['directrice', 'directrices'] },
  { lemma: 'conseiller', paradigm: 'noun', roles: ['speaker'], forms: ['conseillere', 'conseilleres'] },

  // The next places of a ranking (read at the head of a sentence only).
  ...['viennent ensuite', 'vient ensuite', 'venaient ensuite', 'venait ensuite', 'viendront ensuite', 'arrivent ensuite', 'arrive ensuite', 'arrivaient ensuite',
    'arrivait ensuite', 'puis viennent', 'puis vient', 'suivent', 'suit', 'suivaient', 'suivait', 'loin derriere', 'derriere']
    .map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['sequel'] })),

  // « le trafic roulier, avec 1,2 Mt, complète ce bilan »: the last part named, which closes the list.
  ...['complete', 'completent', 'completera', 'completeront']
    .flatMap((verb) => [`${verb} ce bilan`, `${verb} le bilan`, `${verb} le tableau`, `${verb} ce tableau`, `${verb} la liste`, `${verb} ce panorama`, `${verb} l'ensemble`])
    .concat(['ferme la marche', 'ferment la marche'])
    .map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['closure', 'complete'] })),

  // The difference of two amounts stated before it.
  ...['epargne', 'excedent', 'deficit', 'ecart', 'difference'].map((lemma): LexiconEntry => ({ lemma, paradigm: 'noun', roles: ['difference'] })),
  ...['besoin de financement', 'capacite de financement', "capacite d'autofinancement"].map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['difference'] })),

  // Another basis: never add these up.
  { lemma: 'chacun', paradigm: 'fixed', roles: ['basis'], forms: ['chacune'] },
  { lemma: 'chaque', paradigm: 'fixed', roles: ['basis'] },
  { lemma: 'en moyenne', paradigm: 'fixed', roles: ['basis'] },
  // An average, not « les moyennes entreprises ».
  ...['cout', 'montant', 'prix', 'salaire', 'revenu', 'panier', 'tarif'].flatMap((n): LexiconEntry[] => [
    { lemma: `${n} moyen`, paradigm: 'fixed', roles: ['basis'] },
    { lemma: `${n}s moyens`, paradigm: 'fixed', roles: ['basis'] },
  ]),
  ...['aide', 'depense', 'subvention', 'dotation', 'facture', 'allocation'].flatMap((n): LexiconEntry[] => [
    { lemma: `${n} moyenne`, paradigm: 'fixed', roles: ['basis'] },
    { lemma: `${n}s moyennes`, paradigm: 'fixed', roles: ['basis'] },
  ]),
  { lemma: 'la moyenne', paradigm: 'fixed', roles: ['basis'] },
  { lemma: 'une moyenne', paradigm: 'fixed', roles: ['basis'] },
  { lemma: 'unitaire', paradigm: 'adj', roles: ['basis'] },
  { lemma: 'mensuel', paradigm: 'adj', roles: ['basis'] },
  { lemma: 'ht', paradigm: 'fixed', roles: ['mixed-basis'], value: 1 },
  { lemma: 'ttc', paradigm: 'fixed', roles: ['mixed-basis'], value: 2 },
  { lemma: 'hors taxes', paradigm: 'fixed', roles: ['mixed-basis'], value: 1 },
  { lemma: 'hors taxe', paradigm: 'fixed', roles: ['mixed-basis'], value: 1 },
  { lemma: 'toutes taxes comprises', paradigm: 'fixed', roles: ['mixed-basis'], value: 2 },
  // « en euros constants » (not « l’entretien courant »).
  ...['euros constants', 'euros courants', 'prix constants', 'prix courants', 'valeur constante', 'valeur courante', 'monnaie constante', 'en volume'].map(
    (lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['basis'] }),
  ),
  { lemma: 'ae', paradigm: 'fixed', roles: ['mixed-basis'], value: 3 },
  { lemma: 'cp', paradigm: 'fixed', roles: ['mixed-basis'], value: 4 },
  { lemma: "autorisation d'engagement", paradigm: 'fixed', roles: ['mixed-basis'], value: 3 },
  { lemma: "autorisations d'engagement", paradigm: 'fixed', roles: ['mixed-basis'], value: 3 },
  // A local authority's multi-year programme envelope (AP), paid through yearly CP: a basis of its own (5), the whole
  // programme's amount (see judgeClaims), never added to payments.
  { lemma: 'autorisation de programme', paradigm: 'fixed', roles: ['mixed-basis'], value: 5 },
  { lemma: 'autorisations de programme', paradigm: 'fixed', roles: ['mixed-basis'], value: 5 },
  { lemma: 'credits de paiement', paradigm: 'fixed', roles: ['mixed-basis'], value: 4 },
  { lemma: 'credit de paiement', paradigm: 'fixed', roles: ['mixed-basis'], value: 4 },
  { lemma: 'en engagements', paradigm: 'fixed', roles: ['mixed-basis'], value: 3 },
  { lemma: 'en paiements', paradigm: 'fixed', roles: ['mixed-basis'], value: 4 },

  // The figure after these is no part of the list.
  { lemma: 'contre', paradigm: 'fixed', roles: ['stop', 'comparison'] },
  // « lutter contre », « la lutte contre la fraude »: against a harm, no figure compared (the longer phrase wins).
  ...['lutter contre', 'lutte contre', 'luttent contre', 'luttera contre', 'se battre contre', 'prevenir contre', 'assurance contre', 'protection contre', 'proteger contre'].map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: [] })),
  { lemma: 'hors', paradigm: 'fixed', roles: ['stop'] },
  { lemma: 'au lieu de', paradigm: 'fixed', roles: ['stop', 'comparison'] },
  { lemma: 'par rapport a', paradigm: 'fixed', roles: ['stop', 'comparison'] },
  { lemma: 'par rapport au', paradigm: 'fixed', roles: ['stop', 'comparison'] },
  { lemma: 'par rapport aux', paradigm: 'fixed', roles: ['stop', 'comparison'] },
  { lemma: 'compare a', paradigm: 'fixed', roles: ['stop', 'comparison'] },
  // « 210 000 € par lit, au-dessus de la référence régionale de 150 000 € »: a level set against another one.
  ...['au-dessus', 'au-dessous', 'en deca', 'en dessous'].flatMap((head) => ['de', 'du', 'des', "d'"].map((de): LexiconEntry => ({ lemma: `${head} ${de}`, paradigm: 'fixed', roles: ['stop', 'comparison'] }))),
  { lemma: 'vs', paradigm: 'fixed', roles: ['stop', 'comparison'] },
  { lemma: 'versus', paradigm: 'fixed', roles: ['stop', 'comparison'] },
  // « 18 % de moins qu’en 2023, où … », « 3 M€ de plus que l’an passé »: what the figure is set against.
  { lemma: "moins qu'", paradigm: 'fixed', roles: ['comparison'], forms: ['moins que'] },
  // « 231 M€, loin devant le forfait dépendance (41 M€) »: what the figure is ranked against.
  { lemma: 'loin devant', paradigm: 'fixed', roles: ['comparison'], forms: ['loin derriere'] },
  { lemma: "plus qu'", paradigm: 'fixed', roles: ['comparison'], forms: ['plus que'] },
  { lemma: 'porte', paradigm: 'fixed', roles: ['stop', 'revision'], forms: ['portee', 'portes', 'portees', 'portant', 'portera', 'porteront', 'porter', 'portent'] },
  { lemma: 'ramen', paradigm: 'er', roles: ['stop', 'revision'], forms: ['ramene', 'ramenee', 'ramenes', 'ramenees'] },
  { lemma: 'revu', paradigm: 'adj', roles: ['stop', 'revision'] },
  { lemma: 'relev', paradigm: 'er', roles: ['stop', 'revision'], forms: ['releve', 'relevee'] },
  { lemma: 'initialement', paradigm: 'fixed', roles: ['stop', 'revision'] },
  { lemma: 'desormais', paradigm: 'fixed', roles: ['stop', 'revision'] },
  { lemma: 'precedemment', paradigm: 'fixed', roles: ['stop', 'revision'] },
  { lemma: 'auparavant', paradigm: 'fixed', roles: ['stop', 'revision'] },
  { lemma: 'precedent', paradigm: 'adj', roles: ['stop'] },
  { lemma: 'anterieur', paradigm: 'adj', roles: ['stop'] },
  { lemma: 'initial', paradigm: 'adj', roles: ['revision'], forms: ['initiaux'] },
  { lemma: 'final', paradigm: 'adj', roles: ['revision'] },
  // « 91,8 % des trains à l’heure, pour un objectif de 93 % »: a target beside what was achieved.
  { lemma: 'objectif', paradigm: 'noun', roles: ['stop'] },
  { lemma: 'cible', paradigm: 'noun', roles: ['stop'] },
  { lemma: 'cependant', paradigm: 'fixed', roles: ['stop'] },
  { lemma: 'toutefois', paradigm: 'fixed', roles: ['stop'] },
  { lemma: 'auxquels', paradigm: 'fixed', roles: ['extra'], forms: ['auxquelles'] },
  { lemma: 'supplementaire', paradigm: 'adj', roles: ['stop', 'extra'] },
  { lemma: 'additionnel', paradigm: 'adj', roles: ['stop', 'extra'] },
  { lemma: 'en plus', paradigm: 'fixed', roles: ['stop', 'extra'] },
  { lemma: 'en sus', paradigm: 'fixed', roles: ['stop', 'extra'] },
  { lemma: 'outre', paradigm: 'fixed', roles: ['stop', 'extra'] },
  { lemma: 'ajout', paradigm: 'er', roles: ['stop', 'extra'] },

  // Budget stages.
  { lemma: 'ouvert', paradigm: 'adj', roles: ['stage'], rank: 1 },
  { lemma: 'vot', paradigm: 'er', roles: ['stage'], rank: 1 },
  { lemma: 'inscrit', paradigm: 'adj', roles: ['stage'], rank: 1 },
  { lemma: 'programm', paradigm: 'er', roles: ['stage'], rank: 1 },
  { lemma: 'prevu', paradigm: 'adj', roles: ['stage'], rank: 1 },
  { lemma: 'engag', paradigm: 'er', roles: ['stage'], rank: 2, forms: ['engageant'] },
  { lemma: 'attribu', paradigm: 'er', roles: ['stage'], rank: 2 },
  { lemma: 'contractualis', paradigm: 'er', roles: ['stage'], rank: 2 },
  { lemma: 'pay', paradigm: 'er', roles: ['stage'], rank: 3, forms: ['paie', 'paient'] },
  { lemma: 'mandat', paradigm: 'er', roles: ['stage'], rank: 3 },
  { lemma: 'decaiss', paradigm: 'er', roles: ['stage'], rank: 3 },
  { lemma: 'vers', paradigm: 'er', roles: ['stage'], rank: 3 },
  { lemma: 'revers', paradigm: 'er', roles: ['stage'], rank: 3 },
  { lemma: 'consomm', paradigm: 'er', roles: ['stage'], rank: 3 },
  { lemma: 'realis', paradigm: 'er', roles: ['stage'], rank: 3 },
  { lemma: 'execut', paradigm: 'er', roles: ['stage'], rank: 3 },
  { lemma: 'depens', paradigm: 'er', roles: ['stage'], rank: 3, forms: ['depense', 'depensee', 'depensees'] },
  { lemma: 'engagement', paradigm: 'noun', roles: ['stage-noun'], rank: 2 },
  { lemma: 'versement', paradigm: 'noun', roles: ['stage-noun'], rank: 3 },
  { lemma: 'paiement', paradigm: 'noun', roles: ['stage-noun'], rank: 3 },
  { lemma: 'decaissement', paradigm: 'noun', roles: ['stage-noun'], rank: 3 },
  { lemma: 'mandatement', paradigm: 'noun', roles: ['stage-noun'], rank: 3 },

  // Changes.
  { lemma: 'hausse', paradigm: 'noun', roles: ['rise'] },
  { lemma: 'augment', paradigm: 'er', roles: ['rise'], forms: ['augmentation', 'augmentations'] },
  { lemma: 'progress', paradigm: 'er', roles: ['rise'], forms: ['progression'] },
  { lemma: 'croissance', paradigm: 'noun', roles: ['rise'] },
  { lemma: 'croitre', paradigm: 'fixed', roles: ['rise'], forms: ['croit', 'croissent', 'crue', 'cru'] },
  { lemma: 'accroissement', paradigm: 'noun', roles: ['rise'] },
  { lemma: 'accroitre', paradigm: 'fixed', roles: ['rise'], forms: ['accroit', 'accru', 'accrue', 'accrus', 'accrues'] },
  { lemma: 'major', paradigm: 'er', roles: ['rise'], forms: ['majoration'] },
  { lemma: 'revaloris', paradigm: 'er', roles: ['rise'], forms: ['revalorisation'] },
  { lemma: 'bond', paradigm: 'ir', roles: ['rise'], forms: ['bond', 'bonds'] },
  { lemma: 'grimp', paradigm: 'er', roles: ['rise'] },
  { lemma: 'envol', paradigm: 'er', roles: ['rise'], forms: ['envolee', 'envolees'] },
  // « soit un dérapage de 23 % »: a cost's overrun.
  { lemma: 'derapage', paradigm: 'noun', roles: ['rise'] },
  { lemma: 'essor', paradigm: 'noun', roles: ['rise'] },
  { lemma: 'flamb', paradigm: 'er', roles: ['rise'], forms: ['flambee', 'flambees'] },
  { lemma: 'gain', paradigm: 'noun', roles: ['rise'], forms: ['gagne', 'gagnent', 'gagnera', 'gagneront', 'gagnant'] },
  { lemma: 'perte', paradigm: 'noun', roles: ['fall'], forms: ['perd', 'perdent', 'perdu', 'perdue', 'perdus', 'perdues', 'perdra', 'perdront', 'perdant'] },
  { lemma: 'effondr', paradigm: 'er', roles: ['fall'], forms: ['effondrement'] },
  { lemma: 'erosion', paradigm: 'noun', roles: ['fall'] },
  { lemma: 'baisse', paradigm: 'noun', roles: ['fall'], forms: ['baisser', 'baissent', 'baisse', 'baissera', 'baisseront'] },
  { lemma: 'diminu', paradigm: 'er', roles: ['fall'], forms: ['diminution', 'diminutions'] },
  { lemma: 'recul', paradigm: 'er', roles: ['fall'], forms: ['recul', 'reculs'] },
  { lemma: 'repli', paradigm: 'noun', roles: ['fall'], forms: ['replie', 'replient'] },
  { lemma: 'reduction', paradigm: 'noun', roles: ['fall'], forms: ['reduit', 'reduite', 'reduits', 'reduites', 'reduisent'] },
  { lemma: 'contraction', paradigm: 'noun', roles: ['fall'] },
  { lemma: 'regression', paradigm: 'noun', roles: ['fall'], forms: ['regresse', 'regressent'] },
  { lemma: 'decrue', paradigm: 'noun', roles: ['fall'] },
  { lemma: 'chut', paradigm: 'er', roles: ['fall'] },
  { lemma: 'evolution', paradigm: 'noun', roles: ['change'], forms: ['evolue', 'evoluent'] },
  { lemma: 'variation', paradigm: 'noun', roles: ['change'], forms: ['varie', 'varient'] },
  // Words that judge a change rather than say its sign: « une amélioration de 18 Md€ » of a deficit is a fall, of a
  // savings rate a rise; « cette dérive de 52 % ».
  // Only with the figure's « de » right after (« des travaux d’amélioration » is no change).
  ...['amelioration de', 'degradation de', 'derive de', 'derapage de'].map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['change'] })),
  { lemma: 'doubl', paradigm: 'er', roles: ['factor'], value: 2, forms: ['doublement'] },
  { lemma: 'tripl', paradigm: 'er', roles: ['factor'], value: 3, forms: ['triplement'] },
  { lemma: 'quadrupl', paradigm: 'er', roles: ['factor'], value: 4, forms: ['quadruplement'] },
  { lemma: 'point', paradigm: 'noun', roles: ['points'] },
  { lemma: 'fois', paradigm: 'fixed', roles: ['times'] },

  // Rates and durations.
  { lemma: 'annuel', paradigm: 'adj', roles: ['yearly'] },
  { lemma: 'annuellement', paradigm: 'fixed', roles: ['yearly'] },
  { lemma: 'chaque annee', paradigm: 'fixed', roles: ['yearly'] },
  { lemma: 'tous les ans', paradigm: 'fixed', roles: ['yearly'] },
  { lemma: 'par an', paradigm: 'fixed', roles: ['yearly'] },
  { lemma: "l'an", paradigm: 'fixed', roles: ['yearly'] },
  ...["l'an dernier", "l'an passe", "l'an prochain", "l'annee derniere", "l'annee passee", "l'annee prochaine", "l'annee precedente", "l'annee suivante"].map(
    (lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['time'] }),
  ),
  { lemma: 'par annee', paradigm: 'fixed', roles: ['yearly'] },
  { lemma: 'pendant', paradigm: 'fixed', roles: ['duration'] },
  { lemma: 'durant', paradigm: 'fixed', roles: ['duration'] },
  { lemma: 'an', paradigm: 'noun', roles: ['years'] },
  { lemma: 'annee', paradigm: 'noun', roles: ['years'] },
  { lemma: 'exercice', paradigm: 'noun', roles: ['years'] },
  // « sur ses sept annuités »: the yearly instalments of a programming law count its years.
  { lemma: 'annuite', paradigm: 'noun', roles: ['years'] },
  // « 45 000 € par an pendant quatre saisons »: a sports or cultural season is a year of a club's or a venue's life.
  { lemma: 'saison', paradigm: 'noun', roles: ['years'] },

  // Shares.
  { lemma: 'represent', paradigm: 'er', roles: ['share-verb', 'attach'] },
  // « L’hydroélectricité en fournit 2 310 GWh »: supplying a share of a whole.
  { lemma: 'fournir', paradigm: 'fixed', roles: ['share-verb'], forms: ['fournit', 'fournissent', 'fournira', 'fourniront', 'fournissait', 'fournissaient'] },
  // « la Région en prend en charge 40 % »: bearing a share of a cost.
  { lemma: 'prendre en charge', paradigm: 'fixed', roles: ['share-verb'], forms: ['prend en charge', 'prennent en charge', 'prendra en charge', 'prendront en charge', 'prenait en charge', 'prenaient en charge'] },
  { lemma: 'constitu', paradigm: 'er', roles: ['share-verb'] },
  { lemma: 'correspond', paradigm: 'fixed', roles: ['share-verb'], forms: ['correspondent', 'correspondant', 'correspondra', 'correspondre'] },
  { lemma: 'equivaut', paradigm: 'fixed', roles: ['share-verb'], forms: ['equivalent', 'equivalait', 'equivalaient', 'equivaudra', 'equivaudront', 'equivaloir', 'equivalant'] },
  { lemma: 'pes', paradigm: 'er', roles: ['share-verb'], forms: ['pese', 'pesent', 'pesant'] },
  // « La métropole en concentre un tiers », « les CHU en concentrent 1,1 Md€ ».
  { lemma: 'concentr', paradigm: 'er', roles: ['share-verb'] },
  { lemma: 'moitie', paradigm: 'noun', roles: ['fraction'], value: 1 / 2 },
  { lemma: 'tiers', paradigm: 'fixed', roles: ['fraction'], value: 1 / 3 },
  { lemma: 'deux tiers', paradigm: 'fixed', roles: ['fraction'], value: 2 / 3 },
  // « des ressortissants de pays tiers », « le tiers payant », « un tiers de confiance »: no fraction. (Leftmost-longest:
  // the phrase, with no role, is read before « tiers ».)
  ...['pays tiers', 'etats tiers', 'etat tiers', 'tiers payant', 'tiers de confiance', 'tiers financeur', 'tiers financeurs', 'tiers lieu', 'tiers lieux']
    .map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: [] })),
  { lemma: 'quart', paradigm: 'noun', roles: ['fraction'], value: 1 / 4 },
  { lemma: 'trois quarts', paradigm: 'fixed', roles: ['fraction'], value: 3 / 4 },
  { lemma: 'cinquieme', paradigm: 'noun', roles: ['fraction'], value: 1 / 5 },
  { lemma: 'dixieme', paradigm: 'noun', roles: ['fraction'], value: 1 / 10 },

  // An amount given to a name.
  { lemma: 'dot', paradigm: 'er', roles: ['attach'], forms: ['dote', 'dotee', 'dotes', 'dotees'] },
  { lemma: 'benefici', paradigm: 'er', roles: ['attach', 'receipt'] },
  { lemma: 'dispos', paradigm: 'er', roles: ['attach'] },
  // « le plan vélo prévoit 42 M€ d’investissements »: what a scheme provides for is its amount.
  { lemma: 'prevoir', paradigm: 'fixed', roles: ['attach'], forms: ['prevoit', 'prevoient', 'prevoyait', 'prevoira', 'prevoiront'] },
  { lemma: 'recevoir', paradigm: 'fixed', roles: ['attach', 'receipt'], forms: ['recoit', 'recoivent', 'recevra', 'recevront', 'recu', 'recue', 'recus', 'recues'] },
  { lemma: 'obtenir', paradigm: 'fixed', roles: ['receipt'], forms: ['obtient', 'obtiennent', 'obtiendra', 'obtiendront', 'obtenu', 'obtenue', 'obtenus', 'obtenues'] },
  { lemma: 'percevoir', paradigm: 'fixed', roles: ['receipt'], forms: ['percoit', 'percoivent', 'percevra', 'percevront', 'percu', 'percue'] },
  // « 1 240 agents ont touché la prime », « 2 640 enfants ont utilisé l’allocation »: an aid taken up by those counted.
  { lemma: 'touch', paradigm: 'er', roles: ['receipt'] },
  { lemma: 'utilis', paradigm: 'er', roles: ['receipt'] },
  { lemma: 'aller', paradigm: 'fixed', roles: ['receipt'], forms: ['ira', 'iront'] },
  // « La Région apporte 1,9 M€. L’État verse 1,2 M€. »: funders, each giving a share of one cost.
  { lemma: 'apport', paradigm: 'er', roles: ['contribution'] },
  { lemma: 'vers', paradigm: 'er', roles: ['contribution'] },
  { lemma: 'contribu', paradigm: 'er', roles: ['contribution'] },
  { lemma: 'particip', paradigm: 'er', roles: ['contribution'] },
  { lemma: 'eleve', paradigm: 'adj', roles: ['attach'], forms: ['s\'eleve', 'elevent', 'elevera', 'eleveront', 'elevee', 'elevees'] },
  { lemma: 'atteindre', paradigm: 'fixed', roles: ['attach'], forms: ['atteint', 'atteignent', 'atteindra', 'atteindront', 'atteignait'] },
  { lemma: 'chiffr', paradigm: 'er', roles: ['attach'] },
  // « l’enveloppe s’établit à 131 500 € », « la participation ressort à 5,30 € », « le coût se monte à 2 M€ ».
  { lemma: 'etablit', paradigm: 'fixed', roles: ['attach'], forms: ['etablissent', 'etablira', 'etabliront', 'etablissait', 'etablissaient'] },
  { lemma: 'ressort a', paradigm: 'fixed', roles: ['attach'], forms: ['ressortent a', 'ressortira a', 'ressortait a'] },
  { lemma: 'se monte a', paradigm: 'fixed', roles: ['attach'], forms: ['se montent a', 'se montera a', 'se montait a'] },
  { lemma: 'totalis', paradigm: 'er', roles: ['attach'] },
  { lemma: 'hauteur', paradigm: 'noun', roles: ['attach'] },

  // Rates that are shares of a whole: what was spent of what was opened, what receipts cover of costs.
  ...['execution', 'consommation', 'couverture', 'engagement', 'realisation', 'autofinancement', 'recouvrement', 'remplissage', 'reussite', 'occupation'].flatMap(
    (n): LexiconEntry[] => [
      { lemma: `taux de ${n}`, paradigm: 'fixed', roles: ['share-verb'] },
      { lemma: `taux d'${n}`, paradigm: 'fixed', roles: ['share-verb'] },
    ],
  ),

  // Percentages that are rates, not shares of a whole.
  { lemma: 'taux', paradigm: 'fixed', roles: ['ratio'] },
  { lemma: 'rendement', paradigm: 'noun', roles: ['ratio'] },
  { lemma: 'inflation', paradigm: 'noun', roles: ['ratio'] },
  { lemma: 'tva', paradigm: 'fixed', roles: ['ratio'] },
  { lemma: 'interet', paradigm: 'noun', roles: ['ratio'] },
  // « missions d’intérêt général », « d’intérêt public », « d’intérêt communautaire »: what a thing serves, no rate.
  ...['interet general', 'interet public', 'interet communautaire', 'interet national', 'interet local', 'interet collectif'].map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: [] })),
  { lemma: 'marge', paradigm: 'noun', roles: ['ratio'] },
  { lemma: 'pourcentage', paradigm: 'noun', roles: ['ratio'] },
  // « répartis comme suit, en pourcentage de l’effectif total »: says the figures are shares of that whole, no rate.
  { lemma: 'en pourcentage', paradigm: 'fixed', roles: [] },
  // « un ratio de 46 % des dépenses », « un ratio moyen de 51 % »: a ratio of two amounts, one per body compared.
  { lemma: 'ratio', paradigm: 'noun', roles: ['ratio'] },
  // « la densité carcérale atteint 151 % »: how full a thing is, no share of a whole.
  { lemma: 'densite', paradigm: 'noun', roles: ['ratio'] },
  { lemma: 'prise en charge', paradigm: 'fixed', roles: ['ratio'] },
  { lemma: 'pris en charge', paradigm: 'fixed', roles: ['ratio'] },
  { lemma: 'subventionn', paradigm: 'er', roles: ['ratio'] },
  // « une tranche taxée à 11 % », « un revenu imposé à 30 % »: a tax rate (the noun « taxe » names a receipt instead).
  { lemma: 'tax', paradigm: 'er', roles: ['ratio'], except: ['taxe', 'taxes'] },
  { lemma: 'impos', paradigm: 'er', roles: ['ratio'] },

  // Results of a computation, and limits that are none.
  { lemma: 'cout', paradigm: 'er', roles: ['result'], forms: ['coute', 'coutent', 'coutera', 'couteront', 'couterait', 'couteraient'] },
  { lemma: 'cela fait', paradigm: 'fixed', roles: ['result'] },
  { lemma: 'ce qui fait', paradigm: 'fixed', roles: ['result'] },
  { lemma: 'ce qui represente', paradigm: 'fixed', roles: ['result'] },
  { lemma: 'facture', paradigm: 'noun', roles: ['result'] },
  { lemma: 'revient', paradigm: 'fixed', roles: ['result'], forms: ['reviennent', 'reviendra', 'reviendront'] },
  { lemma: 'estim', paradigm: 'er', roles: ['result'] },
  { lemma: 'engendr', paradigm: 'er', roles: ['result'] },
  { lemma: 'plafond', paradigm: 'noun', roles: ['ceiling'] },
  { lemma: 'plafonn', paradigm: 'er', roles: ['ceiling'] },
  { lemma: 'maximum', paradigm: 'fixed', roles: ['ceiling'], forms: ['maximal', 'maximale', 'maximaux', 'maximales', 'minimum', 'minimal', 'minimale'] },
  { lemma: 'peut atteindre', paradigm: 'fixed', roles: ['ceiling'] },
  { lemma: 'peuvent atteindre', paradigm: 'fixed', roles: ['ceiling'] },
  { lemma: 'pouvant atteindre', paradigm: 'fixed', roles: ['ceiling'] },
  { lemma: 'pourra atteindre', paradigm: 'fixed', roles: ['ceiling'] },
  { lemma: "jusqu'a", paradigm: 'fixed', roles: ['ceiling'] },
  // Benefits named after a floor: « l’ancien minimum vieillesse », « le minimum contributif » limit no figure.
  { lemma: 'minimum vieillesse', paradigm: 'fixed', roles: [] },
  { lemma: 'minimum contributif', paradigm: 'fixed', roles: [] },

  // A population split in parts.
  { lemma: 'autre', paradigm: 'noun', roles: ['partition'] },
  // « 627 000 € — et non 672 000 € comme indiqué par erreur »: the corrected figure is no figure of the text.
  ...['et non', 'et non pas', 'non pas', 'au lieu de', "au lieu d'", 'plutot que', "plutot qu'", 'et pas'].map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['rejected'] })),
  // What the owner pays itself closes a financing plan: the items with it are all the resources.
  ...['autofinancement', 'fonds propres', 'reste a charge', 'part communale', 'part intercommunale'].map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['self-funding'] })),
  { lemma: 'sans opinion', paradigm: 'fixed', roles: ['partition'] },
  { lemma: 'ne se prononcent pas', paradigm: 'fixed', roles: ['partition'] },
  { lemma: 'ne se prononce pas', paradigm: 'fixed', roles: ['partition'] },
  { lemma: 'nsp', paradigm: 'fixed', roles: ['partition'] },
  { lemma: 'indecis', paradigm: 'fixed', roles: ['partition'] },
  // « (une seule réponse possible) »: the answers exclude each other, one population split (overlap.ts reads the opposite).
  ...['une seule reponse', '1 seule reponse', 'reponse unique', 'un seul choix', 'choix unique'].map((lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['partition'] })),
  ...['selon leur', 'selon leurs', 'selon son', 'selon sa', 'selon ses', 'par tranche', 'par categorie', 'par statut', 'par sexe', 'par type'].map(
    (lemma): LexiconEntry => ({ lemma, paradigm: 'fixed', roles: ['partition'] }),
  ),
  // « ces parts sont passées à 45 %, 40 % et 25 % » (« pour sa part », « d’autre part » are no cue).
  { lemma: 'parts', paradigm: 'fixed', roles: ['distribution'] },

  // « par » + a unit: « par habitant », « par an ».
  ...PER_NOUNS.map((n): LexiconEntry => ({ lemma: n, paradigm: n === 'an' ? 'fixed' : 'noun', roles: ['per'] })),
];

/** The folded forms of one entry. */
export function formsOf(e: LexiconEntry): string[] {
  const out = new Set<string>();
  const l = e.lemma;
  switch (e.paradigm) {
    case 'fixed':
      out.add(l);
      break;
    case 'noun':
      out.add(l);
      if (l.endsWith('al')) out.add(l.slice(0, -2) + 'aux');
      else if (l.endsWith('au') || l.endsWith('eu')) out.add(l + 'x');
      else if (!/[sxz]$/.test(l)) out.add(l + 's');
      break;
    case 'adj':
      if (l.endsWith('el')) for (const s of ['', 'le', 's', 'les']) out.add(l + s);
      else if (l.endsWith('al')) for (const s of ['al', 'ale', 'aux', 'ales']) out.add(l.slice(0, -2) + s);
      else if (l.endsWith('if')) for (const s of ['if', 'ive', 'ifs', 'ives']) out.add(l.slice(0, -2) + s);
      else if (l.endsWith('e')) for (const s of ['', 's']) out.add(l + s);
      else for (const s of ['', 'e', 's', 'es']) out.add(l + s);
      break;
    case 'er':
      for (const s of [
        'er', 'e', 'es', 'ent', 'ons', 'ez', 'ee', 'ees', 'era', 'eront', 'erait', 'eraient', 'ant', 'ait', 'aient', 'a', 'erons', 'ez',
      ]) {
        // « -ger » keeps its e before a and o: « partageant », « engageons ».
        out.add(l.endsWith('g') && (s.startsWith('a') || s.startsWith('o')) ? l + 'e' + s : l + s);
      }
      break;
    case 'ir':
      for (const s of ['ir', 'it', 'is', 'i', 'ie', 'ies', 'issent', 'issant', 'issait', 'issaient', 'ira', 'iront', 'irait', 'iraient', 'issons', 'issez']) {
        out.add(l + s);
      }
      break;
  }
  for (const f of e.forms ?? []) out.add(f);
  for (const f of e.except ?? []) out.delete(f);
  return [...out];
}

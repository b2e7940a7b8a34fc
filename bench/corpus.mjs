// Deterministic French brief-like text of any size, for benchmarks. A small
// grammar of sentence shapes filled from word lists, so the recognisers meet
// varied figures, names, tables and plain prose, not one sentence repeated.

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTEURS = ['l’État', 'la Région', 'l’Union européenne', 'Bpifrance', 'la Caisse des dépôts', 'les collectivités', 'les partenaires privés', 'l’ADEME'];
const OBJETS = ['la recherche', 'la formation des agents', 'les centres de données', 'la cybersécurité', 'les start-up du logiciel', 'la rénovation thermique', 'le très haut débit', 'l’intelligence artificielle'];
const NOMS = ['France 2030', 'le PIA4', 'France Relance', 'la Stratégie nationale pour le cloud', 'SecNumCloud', 'le label « cloud de confiance »', 'le RGPD', 'la directive NIS2', 'l’ANSSI', 'la DINUM', 'la Cour des comptes', 'le Data Act'];
const UNITES = [' millions d’euros', ' M€', ' Md€', ' milliards d’euros', ' €', ' millions', ' k€'];
const PROSE = [
  'Le comité de pilotage se réunira chaque trimestre pour examiner l’avancement des projets retenus.',
  'Les porteurs de projet devront justifier de la localisation des données et de la réversibilité des contrats.',
  'Cette orientation s’inscrit dans la continuité des engagements pris lors du précédent exercice budgétaire.',
  'Les services instructeurs disposent d’un délai de deux mois pour rendre leur avis motivé.',
  'Une évaluation indépendante sera conduite à mi-parcours afin d’ajuster les priorités.',
];

export function frenchCorpus(bytes, seed = 42) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const num = () => {
    const k = r();
    if (k < 0.3) return String(Math.floor(r() * 900) + 10);
    if (k < 0.5) return `${Math.floor(r() * 9) + 1},${Math.floor(r() * 9) + 1}`;
    if (k < 0.7) return `${Math.floor(r() * 90) + 10}\u202f${String(Math.floor(r() * 1000)).padStart(3, '0')}`;
    return String(Math.floor(r() * 99) + 1);
  };
  const sentences = [
    () => `${cap(pick(ACTEURS))} consacre ${num()}${pick(UNITES)} pour ${pick(OBJETS)}.`,
    () => `${cap(pick(NOMS))} prévoit une enveloppe de ${num()}${pick(UNITES)}, dont ${num()}${pick(UNITES)} pour ${pick(OBJETS)}.`,
    () => `Près de ${Math.floor(r() * 99)} % des crédits concernent ${pick(NOMS)}.`,
    () => `Entre ${num()} et ${num()} millions d’euros pourraient être mobilisés par ${pick(ACTEURS)} d’ici ${2025 + Math.floor(r() * 6)}.`,
    () => `${cap(pick(NOMS))} concerne ${Math.floor(r() * 500)} projets et ${num()} millions d’habitants.`,
    () => pick(PROSE),
    () => `Enfin ${num()} millions seront apportés par ${pick(ACTEURS)} pour ${pick(OBJETS)}.`,
  ];
  const parts = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    let block;
    const k = r();
    if (k < 0.06) block = `## Section ${++section} : ${pick(OBJETS)}`;
    else if (k < 0.09) {
      const a = Math.floor(r() * 500);
      const b = Math.floor(r() * 500);
      block = `| Poste | Montant (M€) |\n|---|---|\n| ${cap(pick(OBJETS))} | ${a} |\n| ${cap(pick(OBJETS))} | ${b} |\n| **Total** | **${a + b}** |`;
    } else {
      const n = 2 + Math.floor(r() * 4);
      const s = [];
      for (let i = 0; i < n; i++) s.push(pick(sentences)());
      block = s.join(' ');
    }
    parts.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  return parts.join('\n\n') + '\n';
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

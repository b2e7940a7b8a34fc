// Recognition of known names: variants, case rules, quotes, elisions,
// ordinals, longest match, word boundaries, offsets and speed.

import { strict as assert } from 'assert';
import { builtinKnowledge } from '../../../server/src/core/knowledge/index';
import { findEntities } from '../../../server/src/core/knowledge/mentions';
import { parseStructure } from '../../../server/src/core/structure';

const k = builtinKnowledge();

function ids(text: string): string[] {
  return findEntities(text, k).map((m) => m.id);
}

// [text, expected ids in order]
const POSITIVE: Array<[string, string[]]> = [
  ['Le PIA 4 finance ce projet.', ['pia4']],
  ['Le PIA4 finance ce projet.', ['pia4']],
  ['Le PIA-4 finance ce projet.', ['pia4']],
  ['Le 4ème Programme d’investissements d’avenir commence.', ['pia4']],
  ['Le quatrième PIA commence.', ['pia4']],
  ['Le 4e PIA commence.', ['pia4']],
  ['Le 4eme PIA commence.', ['pia4']],
  ['Le 4è PIA commence.', ['pia4']],
  ['Le 4ᵉ PIA commence.', ['pia4']],
  ['Le PIA IV commence.', ['pia4']],
  ['Le troisième programme d’investissements d’avenir.', ['pia3']],
  ['Le 1er PIA date de 2010.', ['pia1']],
  ['Le deuxième PIA a suivi.', ['pia2']],
  ['Les PIA successifs ont financé 4 000 lauréats.', ['pia']],
  ['Le bilan du PIA est publié.', ['pia']],
  ['La commune doit réaliser une PIA.', []],
  ['Le logiciel PIA de la CNIL aide.', ['cnil']],
  ['Un programme d’investissement d’avenir au singulier.', ['pia']],
  ['Les programmes d’investissements d’avenir.', ['pia']],
  ['LE PROGRAMME D’INVESTISSEMENTS D’AVENIR', ['pia']],
  ['Le plan France 2030 est lancé.', ['france-2030']],
  ['FRANCE 2030', ['france-2030']],
  ['France\u00a02030', ['france-2030']],
  ['La qualification SecNumCloud 3.2 est exigée.', ['secnumcloud-3-2']],
  ['SecNumCloud 3.1 puis SecNumCloud.', ['secnumcloud-3-1', 'secnumcloud']],
  ['La version Secnumcloud est citée.', ['secnumcloud']],
  ['un « cloud de confiance » pour l’État', ['cloud-de-confiance']],
  ['un “Cloud de Confiance” pour l’État', ['cloud-de-confiance']],
  ['un "cloud de confiance" pour l’État', ['cloud-de-confiance']],
  ['la doctrine « cloud au centre »', ['cloud-au-centre']],
  ['l’ANSSI et l\'ANSSI', ['anssi', 'anssi']],
  ['L’Anssi publie.', ['anssi']],
  ['d’ANSSI', ['anssi']],
  ['La CNIL et la Cnil.', ['cnil', 'cnil']],
  ['Gaia-X, Gaia X et GAIA-X.', ['gaia-x', 'gaia-x', 'gaia-x']],
  ['NIS2, NIS 2 et la directive NIS 2.', ['nis2', 'nis2', 'nis2']],
  ['La directive NIS a précédé.', ['nis']],
  ['Le RGPD, ou règlement (UE) 2016/679.', ['rgpd', 'rgpd']],
  ['Le GDPR en anglais.', ['rgpd']],
  ['Le CLOUD Act américain.', ['cloud-act']],
  ['La section 702 du FISA.', ['fisa-702']],
  ['Le Data Act et le DMA et le DSA.', ['data-act', 'dma', 'dsa']],
  ['L’AI Act européen.', ['ai-act']],
  ['La loi SREN de 2024.', ['loi-sren']],
  ['L’arrêt Schrems II de 2020.', ['schrems-ii']],
  ['La DINUM et le SGPI.', ['dinum', 'sgpi']],
  ['La Cour des comptes critique.', ['cour-des-comptes']],
  ['La Commission européenne autorise.', ['commission-europeenne']],
  ['L’ADEME et l’Ademe.', ['ademe', 'ademe']],
  ['La French Tech et le French Tech 120.', ['french-tech', 'french-tech-120']],
  ['Le Next40 et le Next 40.', ['next40', 'next40']],
  ['La norme ISO 27001 et ISO/IEC 27001.', ['iso-27001', 'iso-27001']],
  ['L’attestation C5 du BSI.', ['c5', 'bsi']],
  ['Le Plan France Très Haut Débit.', ['france-thd']],
  ['Le Plan de résilience de mars 2022.', ['plan-resilience']],
  ['Le Plan national de relance et de résilience.', ['pnrr']],
  ['La Facilité pour la reprise et la résilience.', ['frr']],
  ['Le PIIEC et l’IPCEI-CIS.', ['ipcei', 'ipcei-cis']],
  ['NextGenerationEU et Next Generation EU.', ['nextgenerationeu', 'nextgenerationeu']],
  ['Horizon Europe et le programme pour une Europe numérique.', ['horizon-europe', 'digital-europe']],
  ['La stratégie nationale pour le cloud et la stratégie d’accélération cloud.', ['strategie-nationale-cloud', 'strategie-acceleration-cloud']],
  ['Bpifrance et la Banque des Territoires.', ['bpifrance', 'banque-des-territoires']],
  ['La Caisse des dépôts et consignations.', ['caisse-des-depots']],
  ['Le Commissariat général à l’investissement (CGI) puis le CGI.', ['cgi-commissariat', 'cgi-commissariat', 'cgi-commissariat']],
  ['Le Conseil d’État et le Conseil d\'Etat.', ['conseil-d-etat', 'conseil-d-etat']],
  ['L’Assemblée nationale et le Sénat.', ['assemblee-nationale', 'senat']],
  ['Le projet de loi de finances (PLF) et la LOLF.', ['plf', 'plf', 'lolf']],
  ['L’Autorité de la concurrence et l’Arcep.', ['autorite-concurrence', 'arcep']],
  ['Le Cybersecurity Act et l’ENISA.', ['cybersecurity-act', 'enisa']],
  ['Le Privacy Shield puis le Data Privacy Framework.', ['privacy-shield', 'data-privacy-framework']],
  ['Le France Relance et France Relance.', ['france-relance', 'france-relance']],
  ['La certification HDS et l’hébergement de données de santé.', ['hds', 'hds']],
  ['Le règlement eIDAS.', ['eidas']],
  ['PIA 4\nfinance', ['pia4']],
];

// Texts where nothing (or something else) must be found.
const NEGATIVE: Array<[string, string[]]> = [
  ['Il joue du PIAno.', []],
  ['Le DSAx est inconnu.', []],
  ['SecNumCloudy est un nom inventé.', []],
  ['Une pia en minuscules.', []],
  ['Le Pia reste ambigu.', []],
  ['Le dsa en minuscules.', []],
  ['La cnil, en minuscules… mais Cnil aussi.', ['cnil', 'cnil']],
  ['Le CGI prévoit une exonération.', []],
  // The long name introduces the acronym: « CGI » is the code here, not the commissariat.
  ['Le Code général des impôts (CGI) prévoit une exonération.', ['code-general-impots', 'code-general-impots']],
  // Ordinary French without evidence: a lower-case phrase that also spells a plan.
  ['Le plan de résilience de mars 2022.', []],
  ['Le CE et la Commission ont parlé.', []],
  ['Le plan de relance de 2008.', []],
  ['France 2031 est un faux.', []],
  ['Le PIA 42 n’existe pas.', ['pia']],
  ['PIA4x', []],
  ['xPIA', []],
  ['Le PIA, 4 fois.', ['pia']],
  ['Le PIA. 4 projets.', ['pia']],
  ['SecNumCloud 3.3 n’existe pas encore.', ['secnumcloud']],
  ['Les ans passent.', []],
  ['Le CDC reste un cahier des charges.', []],
];

describe('name recognition', () => {
  for (const [text, expected] of POSITIVE) {
    it(`finds ${expected.join(', ')} in « ${text.replace(/\n/g, '⏎')} »`, () => {
      assert.deepEqual(ids(text), expected);
    });
  }
  for (const [text, expected] of NEGATIVE) {
    it(`finds ${expected.length ? expected.join(', ') : 'nothing'} in « ${text} »`, () => {
      assert.deepEqual(ids(text), expected);
    });
  }

  it('has at least 60 recognition cases', () => {
    assert.ok(POSITIVE.length + NEGATIVE.length >= 60);
  });
});

describe('mention details', () => {
  it('gives UTF-16 offsets into the original text', () => {
    const text = '🇫🇷 « SecNumCloud 3.2 » et l’ANSSI';
    const m = findEntities(text, k);
    assert.equal(m.length, 2);
    assert.equal(text.slice(m[0].start, m[0].end), 'SecNumCloud 3.2');
    assert.equal(m[0].text, 'SecNumCloud 3.2');
    assert.equal(text.slice(m[1].start, m[1].end), 'ANSSI');
  });

  it('keeps offsets across accents written as combining marks', () => {
    const text = 'La Cour des comptes et la Caisse des de\u0301po\u0302ts.';
    const m = findEntities(text, k);
    assert.deepEqual(m.map((x) => x.id), ['cour-des-comptes', 'caisse-des-depots']);
    assert.equal(text.slice(m[1].start, m[1].end), 'Caisse des de\u0301po\u0302ts');
  });

  it('fills kind, canonical name and origin', () => {
    const [m] = findEntities('Le PIA4.', k);
    assert.deepEqual({ id: m.id, kind: m.kind, canonical: m.canonical, origin: m.origin }, { id: 'pia4', kind: 'programme', canonical: 'PIA 4', origin: 'builtin' });
  });

  it('does not join names across a blank line or a sentence end', () => {
    assert.deepEqual(ids('France\n\n2030'), []);
    assert.deepEqual(ids('Le PIA.\n\n4 actions.'), ['pia']);
  });

  it('copes with an empty text and with lone surrogates', () => {
    assert.deepEqual(findEntities('', k), []);
    assert.deepEqual(ids('\ud800PIA 4\udc00'), ['pia4']);
  });
});

describe('case, line breaks, apostrophes and spaces', () => {
  it('keeps the case of acronyms written alone', () => {
    assert.deepEqual(ids('Une pia, un Pia, la Sren, le Sgpi.'), []);
    assert.deepEqual(ids('Le SGPI et le PIA.'), ['sgpi', 'pia']);
  });

  it('reads an acronym with one capital after a word, as the press writes « la loi Sren », not before one', () => {
    assert.deepEqual(ids('La loi Sren et la directive Nis 2 sont citées.'), ['loi-sren', 'nis2']);
    assert.deepEqual(ids('La loi sren et la Bpi France.'), []);
  });

  it('reads a long official name in any case', () => {
    assert.deepEqual(ids('LA COUR DES COMPTES, la cour des comptes et la Cour Des Comptes.'), ['cour-des-comptes', 'cour-des-comptes', 'cour-des-comptes']);
    assert.deepEqual(ids('la direction interministérielle du numérique'), ['dinum']);
  });

  it('reads a name across a line break, with the indentation of a list or the marker of a quote', () => {
    assert.deepEqual(ids('Les magistrats de la Cour des\ncomptes.'), ['cour-des-comptes']);
    assert.deepEqual(ids('Les magistrats de la Cour des\r\ncomptes.'), ['cour-des-comptes']);
    assert.deepEqual(ids('- Les magistrats de la Cour des\n        comptes.'), ['cour-des-comptes']);
    assert.deepEqual(ids('> Les magistrats de la Cour des\n> comptes.'), ['cour-des-comptes']);
    assert.deepEqual(ids('Le Programme d’investissements\nd’avenir.'), ['pia']);
    // A blank line ends the name.
    assert.deepEqual(ids('La Cour des\n\ncomptes.'), []);
  });

  it('reads straight, typographic and modifier apostrophes, and no-break spaces inside a name', () => {
    for (const apostrophe of ["'", '’', 'ʼ']) {
      assert.deepEqual(ids(`Le Conseil d${apostrophe}État et l${apostrophe}ANSSI.`), ['conseil-d-etat', 'anssi'], apostrophe);
    }
    for (const space of ['\u00a0', '\u202f', '\u2009']) {
      assert.deepEqual(ids(`La Cour${space}des${space}comptes et le PIA${space}4.`), ['cour-des-comptes', 'pia4'], JSON.stringify(space));
    }
  });

  it('reads ordinals in words and in digits', () => {
    assert.deepEqual(ids('Le troisième PIA, le 3e PIA, le 3ème PIA et le PIA 3.'), ['pia3', 'pia3', 'pia3', 'pia3']);
  });
});


// Names are never recognised where a text is not prose: addresses, e-mails,
// file names, link targets, code, HTML, front matter. Link text is prose.

import { strict as assert } from 'assert';
import { builtinKnowledge } from '../../../server/src/core/knowledge/index';
import { findEntities } from '../../../server/src/core/knowledge/mentions';
import { excludedSpans } from '../../../server/src/core/knowledge/exclusions';
import { parseStructure } from '../../../server/src/core/structure';
import { analyze } from '../../../server/src/core/analysis';

const k = builtinKnowledge();

function found(text: string, markdown = true): string[] {
  return findEntities(text, k, undefined, { markdown }).map((m) => m.text);
}

function excluded(text: string, markdown = true): string[] {
  return excludedSpans(text, parseStructure(text, { markdown }), { markdown }).map((s) => text.slice(s.start, s.end));
}

describe('exclusions: addresses', () => {
  it('skips web addresses, with or without a scheme, and keeps the prose around them', () => {
    const text = 'La DINUM publie sa feuille de route sur https://www.numerique.gouv.fr/dinum/ et sur www.anssi.gouv.fr/PIA, puis l’ANSSI la commente.';
    assert.deepEqual(found(text), ['DINUM', 'ANSSI']);
    assert.deepEqual(excluded(text), ['https://www.numerique.gouv.fr/dinum/', 'www.anssi.gouv.fr/PIA']);
  });

  it('skips bare domains and e-mail addresses, whatever the case', () => {
    assert.deepEqual(found('Écrire à Contact-CNIL@cnil.fr ou consulter Cnil.fr et arcep.fr/observatoire.'), []);
    assert.deepEqual(found('Le formulaire (voir anssi.gouv.fr) est à renvoyer à la CNIL.'), ['CNIL']);
  });

  it('skips file names, but not versions, abbreviations or a sentence end without a space', () => {
    assert.deepEqual(found('Le tableau PIA4-bilan.xlsx et la note SREN.pdf sont joints.'), []);
    assert.deepEqual(found('La version SecNumCloud 3.2 remplace la 3.1.'), ['SecNumCloud 3.2']);
    assert.deepEqual(found('Selon M. Durand, l’ANSSI.Le rapport suit.'), ['ANSSI']);
    assert.deepEqual(found('Voir la CNIL. Puis la DINUM…'), ['CNIL', 'DINUM']);
  });

  it('skips addresses in plain text too', () => {
    assert.deepEqual(found('Source : https://www.cnil.fr/fr/rgpd et sgpi@pm.gouv.fr ; le SGPI répond.', false), ['SGPI']);
  });
});

describe('exclusions: Markdown', () => {
  it('skips link targets and reference definitions but reads link text', () => {
    const text = 'Lire le [rapport de la Cour des comptes](https://www.ccomptes.fr/PIA-4.pdf "Avis sur le PIA") et [l’avis][ANSSI].\n\n[ANSSI]: https://cyber.gouv.fr/secnumcloud "SecNumCloud"\n';
    assert.deepEqual(found(text), ['Cour des comptes']);
  });

  it('skips images and relative link targets', () => {
    assert.deepEqual(found('![Logo France 2030](img/france-2030.png) Voir [la note](../notes/PIA%204.md).'), ['France 2030']);
  });

  it('skips inline code of any fence length, on its line only', () => {
    assert.deepEqual(found('Fixez `hosting: secnumcloud` puis ``export PIA4=1`` ; la qualification SecNumCloud reste exigée.'), ['SecNumCloud']);
    // An unmatched backtick is literal: the name after it is prose.
    assert.deepEqual(found('Un ` isolé, puis la CNIL.\nEt `la DINUM`.'), ['CNIL']);
  });

  it('skips fenced and indented code, but not indented list continuations', () => {
    const text = [
      'Le PIA 4 :',
      '',
      '```yaml',
      'programme: France 2030',
      '```',
      '',
      '    curl https://api.example.org --header "X-Programme: France Relance"',
      '',
      '- La Cour des comptes relève',
      '',
      '    que la DINUM n’a pas répondu.',
    ].join('\n');
    assert.deepEqual(found(text), ['PIA 4', 'Cour des comptes', 'DINUM']);
  });

  it('skips HTML tags, attributes and comments, and reads the text between tags', () => {
    const text = '<div class="ANSSI" data-programme=\'France 2030\'>La <b>CNIL</b> et <abbr title="Direction interministérielle du numérique">DINUM</abbr></div> <!-- brouillon : PIA 4 -->';
    assert.deepEqual(found(text), ['CNIL', 'DINUM']);
  });

  it('keeps comparisons and guillemets as prose', () => {
    assert.deepEqual(found('Moins de 5 % < seuil de la CNIL > et « France 2030 ».'), ['CNIL', 'France 2030']);
  });

  it('skips YAML front matter, and only front matter', () => {
    const text = '---\ntitle: Bilan du PIA 4\nauteur: DINUM\n---\n\n# Le PIA 4\n\nLa DINUM conclut.\n\n---\n\nNote : France 2030.\n';
    assert.deepEqual(found(text), ['PIA 4', 'DINUM', 'France 2030']);
    const a = analyze(text);
    assert.equal(a.structure.blocks[0].kind, 'code');
  });

  it('reads backticks, brackets and angle brackets as plain characters in plain text', () => {
    assert.deepEqual(found('Le `PIA 4` et <la CNIL>.', false), ['PIA 4', 'CNIL']);
  });
});

describe('exclusions in the analysis', () => {
  it('leaves no name, hint or definition inside code or addresses', () => {
    const text = '# Note\n\nLa Cour des comptes. Voir `SecNumClould` et https://example.org/France-Relanse.\n\n```\nle label « Numérique Vert » a été créé\n```\n';
    const a = analyze(text);
    assert.deepEqual(a.entities.map((e) => e.text), ['Cour des comptes']);
    assert.deepEqual(a.definitions, []);
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'near-miss'), []);
  });

  it('finds names after a long run of unmatched backticks and brackets in linear time', function () {
    this.timeout(20000);
    const noise = '` `` ``` ](( <a ' + 'x'.repeat(10);
    const text = noise.repeat(20000) + ' la CNIL';
    const t0 = process.cpuUsage();
    const names = found(text);
    const used = process.cpuUsage(t0);
    assert.deepEqual(names.slice(-1), ['CNIL']);
    assert.ok((used.user + used.system) / 1000 < 5000, `${(used.user + used.system) / 1000} ms`);
  });
});

describe('exclusions: paths and identifiers', () => {
  it('skips Windows paths and identifiers joined by underscores', () => {
    assert.deepEqual(found('Note de l’ANCT enregistrée sous S:\\Partage\\ANCT\\2024\\note.docx pour lundi.', false), ['ANCT']);
    assert.deepEqual(found('- Auteur : Cerema\n- Référence : CEREMA_DTerOuest-2024-118\n'), ['Cerema']);
    assert.deepEqual(found('Le _Cerema_ publie.'), ['Cerema']);
  });
});

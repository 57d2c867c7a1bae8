import { describe, expect, it } from 'vitest';
import type { TextSpan } from '../../src/article/article.js';
import { readsAsFrench } from '../../src/french/dictionary-language.js';
import { frenchSpeller } from '../../src/french/speller.js';
import { tokenizeWords } from '../../src/text/words.js';

const spans = (text: string): TextSpan[] =>
  tokenizeWords(text).map((range) => ({
    text: text.slice(range.start, range.end),
    start: { line: 1, column: range.start + 1, offset: range.start },
    end: { line: 1, column: range.end + 1, offset: range.end },
  }));

const reads = (text: string) => readsAsFrench(spans(text), frenchSpeller().correct);

/** One news paragraph per language, the same story: the languages nearest French first. */
const NEIGHBOURS: Record<string, string> = {
  ca: "L'ajuntament de la ciutat va aprovar ahir a la tarda el pressupost per a l'any vinent, després d'un llarg debat entre els grups polítics. L'alcaldessa va explicar que la major part dels fons es destinarà a la renovació de les escoles, al transport públic i a la construcció de nous habitatges socials als barris del nord. Els regidors de l'oposició van criticar que no s'hagi previst cap partida per reduir la contaminació de l'aire, que segons diversos estudis recents ha augmentat de manera preocupant durant els darrers mesos. Els veïns, que van assistir en gran nombre a la sessió, van demanar més informació sobre les obres i sobre el calendari dels treballs.",
  es: 'El ayuntamiento de la ciudad aprobó ayer por la tarde el presupuesto para el próximo año, después de un largo debate entre los grupos políticos. La alcaldesa explicó que la mayor parte de los fondos se destinará a la renovación de las escuelas, al transporte público y a la construcción de nuevas viviendas sociales en los barrios del norte. Los concejales de la oposición criticaron que no se haya previsto ninguna partida para reducir la contaminación del aire, que según varios estudios recientes ha aumentado de forma preocupante durante los últimos meses. Los vecinos, que asistieron en gran número a la sesión, pidieron más información sobre las obras.',
  pt: 'A câmara municipal da cidade aprovou ontem à tarde o orçamento para o próximo ano, depois de um longo debate entre os grupos políticos. A presidente explicou que a maior parte dos fundos será destinada à renovação das escolas, ao transporte público e à construção de novas habitações sociais nos bairros do norte. Os vereadores da oposição criticaram o facto de não ter sido prevista nenhuma verba para reduzir a poluição do ar, que segundo vários estudos recentes aumentou de forma preocupante durante os últimos meses. Os moradores, que assistiram em grande número à sessão, pediram mais informação sobre as obras.',
  it: "Il consiglio comunale della città ha approvato ieri sera il bilancio per il prossimo anno, dopo un lungo dibattito tra i gruppi politici. La sindaca ha spiegato che la maggior parte dei fondi sarà destinata al rinnovo delle scuole, al trasporto pubblico e alla costruzione di nuove case popolari nei quartieri del nord. I consiglieri dell'opposizione hanno criticato il fatto che non sia stata prevista alcuna somma per ridurre l'inquinamento dell'aria, che secondo diversi studi recenti è aumentato in modo preoccupante negli ultimi mesi. I cittadini hanno chiesto più informazioni sui lavori.",
  en: 'The city council approved the budget for next year yesterday afternoon, after a long debate between the political groups. The mayor explained that most of the funds will go to the renovation of schools, to public transport and to the construction of new social housing in the northern districts. Opposition councillors criticised the fact that no money had been set aside to reduce air pollution, which according to several recent studies has increased worryingly over the last few months. Residents, who attended the session in large numbers, asked for more information about the works and about the schedule.',
};

const FRENCH =
  "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, après un long débat entre les groupes politiques. La maire a expliqué que la plus grande partie des fonds irait à la rénovation des écoles, aux transports publics et à la construction de logements sociaux dans les quartiers du nord. Les élus de l'opposition ont regretté qu'aucune somme ne soit prévue pour réduire la pollution de l'air, qui selon plusieurs études récentes a nettement augmenté ces derniers mois. Les habitants, venus nombreux à la séance, ont demandé davantage d'informations sur les travaux et leur calendrier.";

describe('readsAsFrench', () => {
  it('reads French prose as French, names, numbers and a few loanwords included', () => {
    expect(reads(FRENCH)).toBe(true);
    expect(reads(`${FRENCH} Le service de cloud computing de Microsoft, Azure, coûte 42 € par mois.`)).toBe(
      true,
    );
  });

  it.each(Object.entries(NEIGHBOURS))('does not read %s prose as French', (_, text) => {
    expect(reads(text)).toBe(false);
  });

  it('leaves a short text and a half-French text to the language identifier', () => {
    expect(reads('Le conseil municipal a voté le budget.')).toBe(false);
    expect(reads(`${FRENCH} ${NEIGHBOURS.en} ${NEIGHBOURS.en}`)).toBe(false);
  });
});

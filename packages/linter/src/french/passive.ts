import { frenchLexicon, type Lexicon } from './lexicon.js';
import { normaliseWord } from './normalise-word.js';

/**
 * French periphrastic passive: a form of *être* followed, possibly after adverbs or a
 * negation, by a past participle (« le texte a été adopté », « elle sera reçue »).
 *
 * A word is a past participle when its ending matches a verb of the French Hunspell dictionary
 * (-é/-ée/-és/-ées of an -er verb, -i… of an -ir verb, -u… of a -re verb) or it is one of the
 * irregular participles below. Two things look like passives and are not:
 * - *être* + adjective: participles used as adjectives of state (âgé, passionné, situé, lié à)
 *   count only when an agent (`par`) follows. The dictionary cannot tell them apart (it lists
 *   `adopté` and `vendu` as adjectives too), so they are a list;
 * - compound tenses of verbs of movement and state (il est venu, elle est née) and pronominal
 *   verbs (il s’est rendu, nous nous sommes réunis), which take *être* in the active voice.
 */

const AUXILIARIES = new Set(
  (
    'être étant été suis es est sommes êtes sont étais était étions étiez étaient serai seras sera ' +
    'serons serez seront serais serait serions seriez seraient sois soit soyons soyez soient fus fut ' +
    'fûmes fûtes furent fusse fusses fût fussions fussiez fussent'
  ).split(' '),
);

/** Words that may stand between the auxiliary and the participle. */
const BETWEEN = new Set(
  (
    'ne pas plus jamais rien guère point toujours souvent déjà encore bien très trop peu mal aussi ' +
    'alors ensuite enfin désormais parfois rarement également ainsi donc même tout toute toutes tous ' +
    'vite presque plutôt aujourd’hui hier ici il elle ils elles on longtemps tôt tard là puis ' +
    'toutefois cependant néanmoins pourtant certes à nouveau'
  ).split(' '),
);

const IRREGULAR_STEMS = (
  'fait dit écrit décrit inscrit prescrit proscrit souscrit transcrit mis admis commis compromis ' +
  'émis omis permis promis remis soumis transmis pris appris compris entrepris épris repris surpris ' +
  'acquis conquis requis assis ouvert couvert découvert recouvert offert souffert construit produit ' +
  'conduit détruit réduit traduit introduit instruit induit reproduit cuit séduit atteint éteint ' +
  'peint craint joint plaint contraint rejoint restreint vu prévu revu entrevu pourvu connu reconnu ' +
  'méconnu lu élu réélu relu reçu aperçu conçu déçu perçu dû cru bu su pu voulu tenu obtenu retenu ' +
  'maintenu soutenu détenu contenu entretenu couru parcouru secouru vécu convaincu vaincu résolu ' +
  'dissous absous exclu inclus conclu clos mû émû ému battu abattu combattu débattu interrompu ' +
  'rompu corrompu accru nourri servi desservi asservi'
).split(' ');

/** Participles of verbs conjugated with *être* in the active voice. */
const ACTIVE_WITH_ETRE = new Set(
  (
    'allé venu revenu devenu redevenu parvenu intervenu survenu advenu provenu parti reparti arrivé ' +
    'entré rentré sorti ressorti monté remonté descendu redescendu tombé retombé resté demeuré né ' +
    'mort décédé retourné passé apparu disparu'
  ).split(' '),
);

/** Participles that, after *être*, usually describe a state rather than an action undergone. */
const ADJECTIVES_OF_STATE = new Set(
  (
    'âgé passionné marié divorcé fatigué épuisé occupé intéressé préoccupé désolé ravi satisfait ' +
    'habitué doué situé basé fondé lié dédié consacré destiné composé constitué spécialisé équipé ' +
    'censé supposé réputé obligé forcé habilité persuadé convaincu surpris étonné déçu inquiété ' +
    'concerné impliqué engagé attaché attentif pressé décidé déterminé motivé énervé agacé fâché ' +
    'inspiré influencé disponible compliqué sophistiqué avancé développé prêt'
  ).split(' '),
);

const IRREGULAR = inflect(IRREGULAR_STEMS);
const ACTIVE = inflect([...ACTIVE_WITH_ETRE]);

function inflect(stems: readonly string[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const stem of stems) {
    forms.set(stem, stem);
    forms.set(`${stem}e`, stem);
    if (!/[sx]$/u.test(stem)) forms.set(`${stem}s`, stem);
    forms.set(`${stem}es`, stem);
  }
  return forms;
}

const REFLEXIVE = new Set(['se', 'me', 'te']);
const ELIDED = /^(?:n|s|c|d|qu|m|t|j|l)'(.+)$/u;

export interface PassiveMatch {
  /** Index of the auxiliary in the sentence's words. */
  auxiliary: number;
  /** Index of the participle. */
  participle: number;
}

export interface PassiveOptions {
  /**
   * `passive` (default): adjectives of state after *être* do not count. `yoast`: they do
   * (« ils sont habitués »), as in Yoast SEO, which cannot tell them from participles.
   */
  detection?: 'passive' | 'yoast';
  lexicon?: Lexicon;
}

/** The first passive construction of a sentence, given its words in order. */
export function findPassive(
  words: readonly string[],
  options: PassiveOptions = {},
): PassiveMatch | undefined {
  return findPassiveInTokens(words.map(normaliseWord), options);
}

/** `findPassive` on words already normalised (see `normaliseWord`). */
export function findPassiveInTokens(
  tokens: readonly string[],
  options: PassiveOptions = {},
): PassiveMatch | undefined {
  const lexicon = options.lexicon ?? frenchLexicon();
  const yoast = options.detection === 'yoast';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    // Most words have no apostrophe or hyphen: the word itself is then the verb, and one Set
    // look-up rules it out without a regex run.
    if (!AUXILIARIES.has(token) && !token.includes("'") && !token.includes('-')) continue;
    const elided = ELIDED.exec(token);
    const pronoun = elided ? token.slice(0, token.indexOf("'")) : undefined;
    const verb = (elided?.[1] ?? token).split('-')[0] ?? '';
    if (!AUXILIARIES.has(verb)) continue;
    if (pronoun === 's' || pronoun === 'm' || pronoun === 't' || isReflexive(tokens, i)) continue;

    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      const next = (tokens[j] ?? '').replace(ELIDED, '$1');
      if (next === 'été' || BETWEEN.has(next) || (next.endsWith('ment') && next.length > 5)) continue;
      const stem = participleStem(next, lexicon);
      if (stem === undefined || ACTIVE.has(next)) break;
      if (!yoast && ADJECTIVES_OF_STATE.has(stem) && !agentFollows(tokens, j)) break;
      return { auxiliary: i, participle: j };
    }
  }
  return undefined;
}

function isReflexive(tokens: readonly string[], i: number): boolean {
  const previous = tokens[i - 1] ?? '';
  if (REFLEXIVE.has(previous)) return true;
  // « nous nous sommes », « vous vous êtes »: the second pronoun is the reflexive one.
  return (previous === 'nous' || previous === 'vous') && tokens[i - 2] === previous;
}

function agentFollows(tokens: readonly string[], j: number): boolean {
  return tokens.slice(j + 1, j + 4).includes('par');
}

/** The masculine singular of a past participle, or undefined when the word is not one. */
export function participleStem(word: string, lexicon: Lexicon = frenchLexicon()): string | undefined {
  const irregular = IRREGULAR.get(word) ?? ACTIVE.get(word);
  if (irregular !== undefined) return irregular;
  const match = /^(.{2,}?)(é|i|u)(e?s?)$/u.exec(word);
  if (match === null) return undefined;
  const [, base = '', vowel = ''] = match;
  const infinitive = vowel === 'é' ? `${base}er` : vowel === 'i' ? `${base}ir` : `${base}re`;
  return lexicon.isVerb(infinitive) ? `${base}${vowel}` : undefined;
}

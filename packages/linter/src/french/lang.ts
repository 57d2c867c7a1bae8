import type { Article } from '../article/article.js';
import { baseLanguage } from './language.js';

/** The French rules (passive voice, transitions, typography…) only speak about French text. */
export const isFrench = (article: Article): boolean => baseLanguage(article.lang) === 'fr';

/** A share as users read it: 23.5 %, with the counts behind it. */
export const percent = (part: number, whole: number): string =>
  `${whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10} % (${part} of ${whole})`;

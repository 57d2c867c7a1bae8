import { describe, expect, it } from 'vitest';
import { findPassive, participleStem } from '../../src/french/passive.js';

const passive = (sentence: string) => findPassive(sentence.split(/\s+/u)) !== undefined;

describe('French passive voice', () => {
  it.each([
    'Le texte a été adopté par le Parlement.',
    'Les résultats seront publiés demain.',
    'La loi était votée chaque année.',
    'Il faut que le dossier soit examiné rapidement.',
    'Elle n’est pas encore terminée.',
    'Les écoles sont fermées depuis lundi.',
    'Le projet est souvent critiqué.',
    'La décision fut prise en urgence.',
    'Les candidats ont été reçus hier.',
    'Le bâtiment sera construit en 2027.',
    'Les travaux sont finis.',
    'Les billets sont vendus en ligne.',
    'Il est connu par tous les habitants.',
    'Le rapport doit être rendu avant vendredi.',
  ])('finds the passive in « %s »', (sentence) => {
    expect(passive(sentence)).toBe(true);
  });

  it.each([
    'Il est venu hier soir.',
    'Elle est née à Lyon.',
    'Ils se sont réunis à Paris.',
    'Il s’est rendu au ministère.',
    'Nous nous sommes trompés.',
    'Mon grand-père est âgé.',
    'Cet auteur est passionné.',
    'La maison est grande.',
    'Le chat mange la souris.',
    'Il a été président pendant dix ans.',
    'C’est ici que tout commence.',
  ])('finds no passive in « %s »', (sentence) => {
    expect(passive(sentence)).toBe(false);
  });

  it('counts adjectives of state only in the yoast detection, as Yoast SEO does', () => {
    const words = 'Les Canadiens sont habitués à travailler ainsi.'.split(' ');
    expect(findPassive(words)).toBeUndefined();
    expect(findPassive(words, { detection: 'yoast' })).toEqual({ auxiliary: 2, participle: 3 });
  });

  it('sees through an elided infinitive and a connector between auxiliary and participle', () => {
    expect(passive('Celle-ci a l’avantage d’être universellement acceptée.')).toBe(true);
    expect(passive('Cette option est toutefois critiquée.')).toBe(true);
  });

  it('points at the auxiliary and the participle', () => {
    expect(findPassive(['Le', 'texte', 'a', 'été', 'adopté.'])).toEqual({ auxiliary: 3, participle: 4 });
  });

  it('derives regular participles from verbs of the dictionary and knows irregular ones', () => {
    expect(participleStem('critiquées')).toBe('critiqué');
    expect(participleStem('choisis')).toBe('choisi');
    expect(participleStem('vendue')).toBe('vendu');
    expect(participleStem('prises')).toBe('pris');
    expect(participleStem('ouverte')).toBe('ouvert');
    expect(participleStem('parmi')).toBeUndefined();
    expect(participleStem('beauté')).toBeUndefined();
  });
});

import type {RelationType} from '../model/types.js';
import {primarySubtag} from '../model/text.js';

/** Which part of a legend: the search box or one group of toggles. */
export type LegendSection = 'kinds' | 'statuses' | 'actors' | 'relations' | 'search';

/** The strings of `<frise-legend>`, per language (kind and status names are in `uiStrings`). */
export interface LegendStrings {
  /** Accessible name of the whole legend. */
  label: string;
  /** The heading (`<legend>`) of each group of toggles. */
  groups: Record<Exclude<LegendSection, 'search'>, string>;
  relations: Record<RelationType, string>;
  search: string;
  /** How many events match the search. */
  results: (count: number) => string;
  showAll: string;
  /** Says what the toggles do; read with each group. */
  hint: string;
  /** The word after a count of events, read by assistive technology ("4 events"). */
  events: (count: number) => string;
  /** The word after a count of relations ("3 relations"). */
  relationCount: (count: number) => string;
}

const en: LegendStrings = {
  label: 'Legend',
  groups: {kinds: 'Event types', statuses: 'Status', actors: 'Main actors', relations: 'Relations'},
  relations: {
    denies: 'denies', confirms: 'confirms', contradicts: 'contradicts', corroborates: 'corroborates',
    'responds-to': 'responds to', ratifies: 'ratifies', updates: 'updates', 'part-of': 'part of', follows: 'follows',
    formalises: 'formalises', completes: 'completes', 'context-for': 'context for', 'outcome-of': 'outcome of',
  },
  search: 'Search',
  results: (n) => (n === 1 ? '1 result' : `${n} results`),
  showAll: 'Show all',
  hint: 'Press an item to hide or show it.',
  events: (n) => (n === 1 ? 'event' : 'events'),
  relationCount: (n) => (n === 1 ? 'relation' : 'relations'),
};

const fr: LegendStrings = {
  label: 'Légende',
  groups: {kinds: 'Types d’événement', statuses: 'Statut', actors: 'Acteurs principaux', relations: 'Relations'},
  relations: {
    denies: 'dément', confirms: 'confirme', contradicts: 'contredit', corroborates: 'corrobore',
    'responds-to': 'répond à', ratifies: 'ratifie', updates: 'met à jour', 'part-of': 'fait partie de', follows: 'fait suite à',
    formalises: 'formalise', completes: 'complète', 'context-for': 'contexte de', 'outcome-of': 'résulte de',
  },
  search: 'Rechercher',
  results: (n) => (n <= 1 ? `${n} résultat` : `${n} résultats`),
  showAll: 'Tout afficher',
  hint: 'Activez un élément pour le masquer ou l’afficher.',
  events: (n) => (n <= 1 ? 'événement' : 'événements'),
  relationCount: (n) => (n <= 1 ? 'relation' : 'relations'),
};

export const LEGEND_STRINGS: Readonly<Record<string, LegendStrings>> = {en, fr};

/** The legend strings for a language tag (its primary subtag), English when the language has none. */
export function legendStrings(language: string): LegendStrings {
  return LEGEND_STRINGS[primarySubtag(language)] ?? en;
}

import type {EventKind, EventStatus, RelationType} from '../model/types.js';
import {primarySubtag} from '../model/text.js';
import {UI_STRINGS} from './strings.js';
import {CARD_STRINGS, type RelationLabel} from './card-strings.js';

/**
 * Every string of `<frise-list>`, per language. Year and month headings are not here: they are
 * formatted by Intl in the display language. Kinds, statuses, relation labels and the attribution
 * words are the ones the card and the timeline use. Add a language by adding one object with the same keys.
 */
export interface ListStrings {
  /** The language these strings are written in (a list shown in another language tags them with it). */
  lang: string;
  kinds: Record<EventKind, string>;
  statuses: Record<EventStatus, string>;
  /** "dément" / "démenti par": how a relation reads from each end. */
  relations: Record<RelationType, RelationLabel>;
  /** Accessible name of the whole list: "Chronologie : <feed title>". */
  listLabel: (title: string) => string;
  /** Shown when the feed has no event, or the filter hides them all. */
  empty: string;
  /** Visually hidden before the kind and the status. */
  kindLabel: string;
  statusLabel: string;
  /** "selon", "according to": followed by who asserts the event. */
  according: string;
  via: string;
  /** Put the source's own wording of a date in quotation marks. */
  openQuote: string;
  closeQuote: string;
  /** Label of an event's relations. */
  relatedLabel: string;
  /** After a related event that the filter hides (it is then named, not linked). */
  hiddenByFilter: string;
  /** Tooltip of a mark on the rail (clicking it selects the event). */
  select: string;
  /** Visible tag of the selected event. */
  selected: string;
  /** Visible tag of an event that matches the search. */
  match: string;
  /** Announced when a search is active: how many shown events match. */
  matchCount: (count: number, query: string) => string;
  /** Skip link at the top of the list, shown on focus, to the selected event. */
  goToSelected: string;
}

const ui = (language: 'en' | 'fr') => UI_STRINGS[language]!;
const card = (language: 'en' | 'fr') => CARD_STRINGS[language]!;

const en: ListStrings = {
  lang: 'en',
  kinds: ui('en').kinds,
  statuses: ui('en').statuses,
  relations: card('en').relations,
  listLabel: (title) => (title ? `Chronology: ${title}` : 'Chronology'),
  empty: 'No events to show.',
  kindLabel: 'Kind:',
  statusLabel: 'Status:',
  according: card('en').according,
  via: card('en').via,
  openQuote: card('en').openQuote,
  closeQuote: card('en').closeQuote,
  relatedLabel: card('en').relatedLabel,
  hiddenByFilter: '(hidden by the filter)',
  select: 'Select',
  selected: 'selected',
  match: 'match',
  matchCount: (n, query) => (n === 0 ? `No event matches “${query}”.` : n === 1 ? `1 event matches “${query}”.` : `${n} events match “${query}”.`),
  goToSelected: 'Go to the selected event',
};

const fr: ListStrings = {
  lang: 'fr',
  kinds: ui('fr').kinds,
  statuses: ui('fr').statuses,
  relations: card('fr').relations,
  listLabel: (title) => (title ? `Chronologie : ${title}` : 'Chronologie'),
  empty: 'Aucun événement à afficher.',
  kindLabel: 'Type :',
  statusLabel: 'Statut :',
  according: card('fr').according,
  via: card('fr').via,
  openQuote: card('fr').openQuote,
  closeQuote: card('fr').closeQuote,
  relatedLabel: card('fr').relatedLabel,
  hiddenByFilter: '(masqué par le filtre)',
  select: 'Sélectionner',
  selected: 'sélectionné',
  match: 'résultat',
  matchCount: (n, query) => (n === 0 ? `Aucun événement ne correspond à «\u202f${query}\u202f».` : n === 1 ? `1 événement correspond à «\u202f${query}\u202f».` : `${n} événements correspondent à «\u202f${query}\u202f».`),
  goToSelected: 'Aller à l’événement sélectionné',
};

export const LIST_STRINGS: Readonly<Record<string, ListStrings>> = {en, fr};

/** The list strings for a language tag (its primary subtag), English when the language has none. */
export function listStrings(language: string): ListStrings {
  return LIST_STRINGS[primarySubtag(language)] ?? en;
}

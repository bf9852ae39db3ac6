import type {EventKind, EventStatus, RelationType} from '../model/types.js';
import {capitalize} from './localize.js';
import {uiStrings} from './strings.js';
import {legendStrings} from './legend-strings.js';

// The names of kinds, statuses and relation types where they stand on their own: a legend toggle, a
// lane header. One function each, so that a lane by kind and the legend's toggle for that kind show
// the same characters. In a sentence (an accessible name, a cluster's "mostly …") the tables' own
// lower-case words are used instead.

/** A kind's name standing alone, in `language`: "Denial", "Démenti", "نفي". */
export function kindName(kind: EventKind, language: string): string {
  return capitalize(uiStrings(language).kinds[kind] ?? kind, language);
}

/** A status's name standing alone, in `language`: "Confirmed", "Confirmé". */
export function statusName(status: EventStatus, language: string): string {
  return capitalize(uiStrings(language).statuses[status] ?? status, language);
}

/** A relation type's name standing alone, in `language`: "Denies", "Dément". */
export function relationName(type: RelationType, language: string): string {
  return capitalize(legendStrings(language).relations[type] ?? type, language);
}

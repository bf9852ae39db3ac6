/**
 * Every UI string of frise, per language, in one place. To add a language, add an object with the same
 * keys to each table below (the TypeScript interfaces list them) under its BCP 47 primary subtag, e.g.
 * `de`; `npm test` checks that every table has every language with the same keys. Kind and status
 * names live in the `ui` table; dates and axis ticks come from Intl, so they need no strings.
 */
import {UI_STRINGS} from './strings.js';
import {CARD_STRINGS} from './card-strings.js';
import {LEGEND_STRINGS} from './legend-strings.js';
import {LIST_STRINGS} from './list-strings.js';
import {DATE_WORDS} from './format-date.js';

export const STRING_TABLES = {
  ui: UI_STRINGS,
  card: CARD_STRINGS,
  legend: LEGEND_STRINGS,
  list: LIST_STRINGS,
  dates: DATE_WORDS,
} as const;

/** Languages every table provides. Others fall back to English for the UI (feed text keeps its own). */
export const UI_LANGUAGES = ['en', 'fr', 'ar'] as const;

export {uiStrings} from './strings.js';
export {cardStrings} from './card-strings.js';
export {legendStrings} from './legend-strings.js';
export {listStrings} from './list-strings.js';
export {resolveLanguage} from './language.js';
export {formatEventDate, formatResolvedDate} from './format-date.js';
export {countPhrase, formatNumber, isolate, plural, pluralCategory} from './localize.js';
export type {PluralCategory, PluralForms} from './localize.js';
export {directionOf} from './direction.js';
export type {TextDirection} from './direction.js';

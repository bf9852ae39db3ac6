import type {RelationType} from '../model/types.js';
import {countPhrase, formatNumber, localizedTables, plural} from './localize.js';

/** Which part of a legend: the search box or one group of toggles. */
export type LegendSection = 'kinds' | 'statuses' | 'actors' | 'relations' | 'periods' | 'search';

/**
 * The strings of `<frise-legend>`, per language (kind and status names are in `uiStrings`). Add a
 * language by adding a builder with the same keys: it receives the locale the strings are shown in.
 */
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
  /** The button under a long group that shows more of its items ("Show 100 more of 4,970"). */
  moreItems: (more: number, left: number) => string;
  /** Says what the toggles do; read with each group. */
  hint: string;
  /** The word after a count of events, read by assistive technology ("4 events"); the count itself is shown. */
  events: (count: number) => string;
  /** The word after a count of relations ("3 relations"). */
  relationCount: (count: number) => string;
}

const en = (locale: string): LegendStrings => ({
  label: 'Legend',
  groups: {kinds: 'Event types', statuses: 'Status', actors: 'Main actors', relations: 'Relations', periods: 'Periods'},
  relations: {
    denies: 'denies',
    confirms: 'confirms',
    contradicts: 'contradicts',
    corroborates: 'corroborates',
    'responds-to': 'responds to',
    ratifies: 'ratifies',
    updates: 'updates',
    'part-of': 'part of',
    follows: 'follows',
    formalises: 'formalises',
    completes: 'completes',
    'context-for': 'context for',
    'outcome-of': 'outcome of',
  },
  search: 'Search',
  results: (n) => countPhrase(locale, n, {one: '{n} result', other: '{n} results'}),
  showAll: 'Show all',
  moreItems: (more, left) =>
    more === left
      ? `Show the other ${formatNumber(locale, left)}`
      : `Show ${formatNumber(locale, more)} more of ${formatNumber(locale, left)}`,
  hint: 'Press an item to hide or show it.',
  events: (n) => plural(locale, n, {one: 'event', other: 'events'}),
  relationCount: (n) => plural(locale, n, {one: 'relation', other: 'relations'}),
});

const fr = (locale: string): LegendStrings => ({
  label: 'Légende',
  groups: {
    kinds: 'Types d’événement',
    statuses: 'Statut',
    actors: 'Acteurs principaux',
    relations: 'Relations',
    periods: 'Périodes',
  },
  relations: {
    denies: 'dément',
    confirms: 'confirme',
    contradicts: 'contredit',
    corroborates: 'corrobore',
    'responds-to': 'répond à',
    ratifies: 'ratifie',
    updates: 'met à jour',
    'part-of': 'fait partie de',
    follows: 'fait suite à',
    formalises: 'formalise',
    completes: 'complète',
    'context-for': 'contexte de',
    'outcome-of': 'résulte de',
  },
  search: 'Rechercher',
  results: (n) => countPhrase(locale, n, {one: '{n} résultat', many: '{n} de résultats', other: '{n} résultats'}),
  showAll: 'Tout afficher',
  moreItems: (more, left) =>
    more === left
      ? `Afficher ${left === 1 ? 'l’autre' : `les ${formatNumber(locale, left)} autres`}`
      : `En afficher ${formatNumber(locale, more)} de plus sur ${formatNumber(locale, left)}`,
  hint: 'Activez un élément pour le masquer ou l’afficher.',
  events: (n) => plural(locale, n, {one: 'événement', many: 'd’événements', other: 'événements'}),
  relationCount: (n) => plural(locale, n, {one: 'relation', many: 'de relations', other: 'relations'}),
});

const ar = (locale: string): LegendStrings => ({
  label: 'وسيلة الإيضاح',
  groups: {
    kinds: 'أنواع الأحداث',
    statuses: 'الحالة',
    actors: 'الأطراف الرئيسية',
    relations: 'العلاقات',
    periods: 'الفترات',
  },
  relations: {
    denies: 'ينفي',
    confirms: 'يؤكد',
    contradicts: 'يناقض',
    corroborates: 'يعزّز',
    'responds-to': 'يردّ على',
    ratifies: 'يصادق على',
    updates: 'يُحدِّث',
    'part-of': 'جزء من',
    follows: 'يلي',
    formalises: 'يُقرّ رسميًا',
    completes: 'يستكمل',
    'context-for': 'سياق لـ',
    'outcome-of': 'نتيجة لـ',
  },
  search: 'بحث',
  results: (n) =>
    countPhrase(locale, n, {
      zero: 'لا نتائج',
      one: 'نتيجة واحدة',
      two: 'نتيجتان',
      few: '{n} نتائج',
      many: '{n} نتيجةً',
      other: '{n} نتيجة',
    }),
  showAll: 'إظهار الكل',
  moreItems: (more, left) =>
    more === left
      ? `إظهار البقية (${formatNumber(locale, left)})`
      : `إظهار ${formatNumber(locale, more)} أخرى من ${formatNumber(locale, left)}`,
  hint: 'اضغط على عنصر لإخفائه أو إظهاره.',
  // after a shown number, so 1 and 2 keep the singular and the dual without "واحد"
  events: (n) => plural(locale, n, {one: 'حدث', two: 'حدثان', few: 'أحداث', many: 'حدثًا', other: 'حدث'}),
  relationCount: (n) => plural(locale, n, {one: 'علاقة', two: 'علاقتان', few: 'علاقات', many: 'علاقةً', other: 'علاقة'}),
});

const BUILDERS: Readonly<Record<string, (locale: string) => LegendStrings>> = {en, fr, ar};

/** The tables as written, one per language (numbers formatted for the bare language tag). */
export const LEGEND_STRINGS: Readonly<Record<string, LegendStrings>> = {en: en('en'), fr: fr('fr'), ar: ar('ar')};

/**
 * The legend strings for a language tag: its primary subtag's table, with numbers written for the whole
 * tag; English when the language has none.
 */
export const legendStrings: (language: string) => LegendStrings = localizedTables(BUILDERS, LEGEND_STRINGS);

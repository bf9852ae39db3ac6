import type {EventKind, EventStatus, RelationType} from '../model/types.js';
import {UI_STRINGS} from './strings.js';
import {CARD_STRINGS, type RelationLabel} from './card-strings.js';
import {countPhrase, formatNumber, isolate, localizedTables} from './localize.js';

/**
 * Every string of `<frise-list>`, per language. Year and month headings are not here: they are
 * formatted by Intl in the display language. Kinds, statuses, relation labels and the attribution
 * words are the ones the card and the timeline use. Add a language by adding a builder with the same keys:
 * it receives the locale the strings are shown in (for the numbers).
 */
export interface ListStrings {
  /** The locale these strings are written for (a list shown in another language tags them with it). */
  lang: string;
  kinds: Record<EventKind, string>;
  statuses: Record<EventStatus, string>;
  /** "dément" / "démenti par": how a relation reads from each end. */
  relations: Record<RelationType, RelationLabel>;
  /** Accessible name of the whole list: "Chronologie : <feed title>". */
  listLabel: (title: string) => string;
  /** Shown when the feed has no event, or the filter hides them all. */
  empty: string;
  /** The heading of the feed's named periods, listed before the events. */
  periods: string;
  /** Printed above a list too long to print in full. */
  tooLongToPrint: (events: number, limit: number) => string;
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

const ui = (language: 'en' | 'fr' | 'ar') => UI_STRINGS[language]!;
const card = (language: 'en' | 'fr' | 'ar') => CARD_STRINGS[language]!;

const en = (locale: string): ListStrings => ({
  lang: locale,
  kinds: ui('en').kinds,
  statuses: ui('en').statuses,
  relations: card('en').relations,
  listLabel: (title) => (title ? `Chronology: ${title}` : 'Chronology'),
  empty: 'No events to show.',
  periods: 'Periods',
  tooLongToPrint: (n, limit) =>
    `This list holds ${formatNumber(locale, n)} events: only the part on screen is printed. Filter it to ${formatNumber(locale, limit)} events or fewer to print them all, each with its sources.`,
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
  // English has no zero form: "No event" is a choice of wording, made before the plural rules
  matchCount: (n, query) =>
    `${n === 0 ? 'No event matches' : countPhrase(locale, n, {one: '{n} event matches', other: '{n} events match'})} “${query}”.`,
  goToSelected: 'Go to the selected event',
});

const fr = (locale: string): ListStrings => ({
  lang: locale,
  kinds: ui('fr').kinds,
  statuses: ui('fr').statuses,
  relations: card('fr').relations,
  listLabel: (title) => (title ? `Chronologie : ${title}` : 'Chronologie'),
  empty: 'Aucun événement à afficher.',
  periods: 'Périodes',
  tooLongToPrint: (n, limit) =>
    `Cette liste compte ${formatNumber(locale, n)} événements\u00a0: seule la partie à l’écran est imprimée. Filtrez-la à ${formatNumber(locale, limit)} événements ou moins pour les imprimer tous, chacun avec ses sources.`,
  kindLabel: 'Type :',
  statusLabel: 'Statut :',
  according: card('fr').according,
  via: card('fr').via,
  openQuote: card('fr').openQuote,
  closeQuote: card('fr').closeQuote,
  relatedLabel: card('fr').relatedLabel,
  hiddenByFilter: '(masqué par le filtre)',
  select: 'Sélectionner',
  selected: 'sélectionné',
  match: 'résultat',
  matchCount: (n, query) => {
    const phrase =
      n === 0
        ? 'Aucun événement ne correspond'
        : countPhrase(locale, n, {
            one: '{n} événement correspond',
            many: '{n} d’événements correspondent',
            other: '{n} événements correspondent',
          });
    return `${phrase} à «\u202f${query}\u202f».`;
  },
  goToSelected: 'Aller à l’événement sélectionné',
});

const ar = (locale: string): ListStrings => ({
  lang: locale,
  kinds: ui('ar').kinds,
  statuses: ui('ar').statuses,
  relations: card('ar').relations,
  listLabel: (title) => (title ? `التسلسل الزمني: ${isolate(title)}` : 'التسلسل الزمني'),
  empty: 'لا توجد أحداث لعرضها.',
  periods: 'الفترات',
  tooLongToPrint: (n, limit) =>
    `تضم هذه القائمة ${formatNumber(locale, n)} حدثًا: لا يُطبع إلا الجزء الظاهر على الشاشة. صفّها إلى ${formatNumber(locale, limit)} حدث أو أقل لطباعتها كلها مع مصادرها.`,
  kindLabel: 'النوع:',
  statusLabel: 'الحالة:',
  according: card('ar').according,
  via: card('ar').via,
  openQuote: card('ar').openQuote,
  closeQuote: card('ar').closeQuote,
  relatedLabel: card('ar').relatedLabel,
  hiddenByFilter: '(أخفاه عامل التصفية)',
  select: 'تحديد',
  selected: 'محدَّد',
  match: 'مطابق',
  // the verb agrees with the count: dual for two, plural for 3–10, singular for 11 and up
  matchCount: (n, query) =>
    `${countPhrase(locale, n, {zero: 'لا يطابق أي حدث', one: 'حدث واحد يطابق', two: 'حدثان يطابقان', few: '{n} أحداث تطابق', many: '{n} حدثًا يطابق', other: '{n} حدث يطابق'})} «${isolate(query)}».`,
  goToSelected: 'الانتقال إلى الحدث المحدَّد',
});

const BUILDERS: Readonly<Record<string, (locale: string) => ListStrings>> = {en, fr, ar};

/** The tables as written, one per language (numbers formatted for the bare language tag). */
export const LIST_STRINGS: Readonly<Record<string, ListStrings>> = {en: en('en'), fr: fr('fr'), ar: ar('ar')};

/**
 * The list strings for a language tag: its primary subtag's table, with numbers written for the whole
 * tag; English when the language has none.
 */
export const listStrings: (language: string) => ListStrings = localizedTables(BUILDERS, LIST_STRINGS);

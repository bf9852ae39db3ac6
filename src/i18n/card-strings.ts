import type {EventKind, EventStatus, RelationType} from '../model/types.js';
import type {ResolvedDate} from '../model/dates.js';
import {UI_STRINGS} from './strings.js';
import {localizedTables} from './localize.js';

/** How a relation reads from each end: "this event <forward> that one", "this event <inverse> that one". */
export interface RelationLabel {
  /** From the event that carries the relation: "dément", "denies". */
  forward: string;
  /** From the target's side: "démenti par", "denied by". */
  inverse: string;
}

/**
 * Every string of `<frise-event-card>`, per language. Add a language by adding a builder with the same
 * keys: it receives the locale the strings are shown in (for the numbers).
 */
export interface CardStrings {
  kinds: Record<EventKind, string>;
  statuses: Record<EventStatus, string>;
  relations: Record<RelationType, RelationLabel>;
  /** Shown when no event is selected. */
  selectHint: string;
  close: string;
  /** Visually hidden prefix of the status badge. */
  statusLabel: string;
  kindLabel: string;
  statusUpdatesLabel: string;
  /** "confirmé le 26 avril 2025", "confirmed in June 2024", "confirmed around 2022". */
  statusChange: (status: string, date: string, when: Pick<ResolvedDate, 'precision' | 'approximate'>) => string;
  /** Puts the source's own wording of a date in quotation marks. */
  openQuote: string;
  closeQuote: string;
  /** After a date's quoted wording: "(formulation de la source)". */
  wordingNote: string;
  dateNotVerified: string;
  /** "selon", "according to": followed by who asserts the event. */
  according: string;
  /** "via", followed by the sources that relay the assertion. */
  via: string;
  actorsLabel: string;
  locationLabel: string;
  /** "48.08° N, 37.31° E" */
  coordinates: (lat: number, lon: number) => string;
  quotesLabel: string;
  /** After a quote that is a translation of the words said. */
  translation: string;
  notesLabel: string;
  sourcesLabel: string;
  /** Hidden text after a link that opens a new tab. */
  newTab: string;
  /** After a source whose address is not a safe web link. */
  linkWithheld: string;
  imageLabel: string;
  /** Before an image's credit: "Crédit :". */
  credit: string;
  /** Shown in place of an image that could not be loaded (followed by its alt text). */
  imageUnavailable: string;
  relatedLabel: string;
  /** The copy-link button's name: what it copies. */
  copyLink: string;
  /** Said (politely) once the link is on the clipboard. */
  linkCopied: string;
  /** Label of the field that shows the link, selected, when the browser refuses the clipboard. */
  linkField: string;
}

const NUMBER_CACHE = new Map<string, Intl.NumberFormat>();
function degrees(value: number, locale: string): string {
  let format = NUMBER_CACHE.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {minimumFractionDigits: 2, maximumFractionDigits: 2});
    NUMBER_CACHE.set(locale, format);
  }
  return `${format.format(Math.abs(value))}°`;
}

const ui = (language: 'en' | 'fr' | 'ar') => UI_STRINGS[language]!;

const en = (locale: string): CardStrings => ({
  kinds: ui('en').kinds,
  statuses: ui('en').statuses,
  relations: {
    denies: {forward: 'denies', inverse: 'denied by'},
    confirms: {forward: 'confirms', inverse: 'confirmed by'},
    contradicts: {forward: 'contradicts', inverse: 'contradicted by'},
    corroborates: {forward: 'corroborates', inverse: 'corroborated by'},
    'responds-to': {forward: 'responds to', inverse: 'answered by'},
    ratifies: {forward: 'ratifies', inverse: 'ratified by'},
    updates: {forward: 'updates', inverse: 'updated by'},
    'part-of': {forward: 'part of', inverse: 'includes'},
    follows: {forward: 'follows', inverse: 'followed by'},
    formalises: {forward: 'formalises', inverse: 'formalised by'},
    completes: {forward: 'completes', inverse: 'completed by'},
    'context-for': {forward: 'context for', inverse: 'in the context of'},
    'outcome-of': {forward: 'outcome of', inverse: 'led to'},
  },
  selectHint: 'Select an event to see its details.',
  close: 'Close',
  statusLabel: 'Status:',
  kindLabel: 'Kind:',
  statusUpdatesLabel: 'Later status changes',
  statusChange: (status, date, when) => {
    if (when.approximate) return `${status} ${date}`;
    if (when.precision === 'year' || when.precision === 'month') return `${status} in ${date}`;
    if (when.precision === 'week') return `${status} in the ${date}`;
    return `${status} on ${date}`;
  },
  openQuote: '“',
  closeQuote: '”',
  wordingNote: '(the source’s wording)',
  dateNotVerified: 'date not verified',
  according: 'according to',
  via: 'via',
  actorsLabel: 'Actors',
  locationLabel: 'Place',
  coordinates: (lat, lon) =>
    `${degrees(lat, locale)} ${lat < 0 ? 'S' : 'N'}, ${degrees(lon, locale)} ${lon < 0 ? 'W' : 'E'}`,
  quotesLabel: 'Quotes',
  translation: '(translation)',
  notesLabel: 'Editor’s note',
  sourcesLabel: 'Sources',
  newTab: '(opens in a new tab)',
  linkWithheld: '(not linked: not a safe web address)',
  imageLabel: 'Image',
  credit: 'Credit:',
  imageUnavailable: 'Image unavailable:',
  relatedLabel: 'Related events',
  copyLink: 'Copy link to this event',
  linkCopied: 'Link copied',
  linkField: 'Copy this link:',
});

const fr = (locale: string): CardStrings => ({
  kinds: ui('fr').kinds,
  statuses: ui('fr').statuses,
  relations: {
    denies: {forward: 'dément', inverse: 'démenti par'},
    confirms: {forward: 'confirme', inverse: 'confirmé par'},
    contradicts: {forward: 'contredit', inverse: 'contredit par'},
    corroborates: {forward: 'corrobore', inverse: 'corroboré par'},
    'responds-to': {forward: 'répond à', inverse: 'a pour réponse'},
    ratifies: {forward: 'ratifie', inverse: 'ratifié par'},
    updates: {forward: 'met à jour', inverse: 'mis à jour par'},
    'part-of': {forward: 'fait partie de', inverse: 'comprend'},
    follows: {forward: 'fait suite à', inverse: 'suivi de'},
    formalises: {forward: 'officialise', inverse: 'officialisé par'},
    completes: {forward: 'parachève', inverse: 'parachevé par'},
    'context-for': {forward: 'contexte de', inverse: 'dans le contexte de'},
    'outcome-of': {forward: 'résulte de', inverse: 'a pour suite'},
  },
  selectHint: 'Sélectionnez un événement pour en voir le détail.',
  close: 'Fermer',
  statusLabel: 'Statut :',
  kindLabel: 'Type :',
  statusUpdatesLabel: 'Changements de statut ultérieurs',
  statusChange: (status, date, when) => {
    if (when.approximate) return `${status} ${date}`;
    if (when.precision === 'year' || when.precision === 'month') return `${status} en ${date}`;
    if (when.precision === 'week') return `${status} la ${date}`;
    return `${status} le ${date}`;
  },
  openQuote: '«\u202f',
  closeQuote: '\u202f»',
  wordingNote: '(formulation de la source)',
  dateNotVerified: 'date non vérifiée',
  according: 'selon',
  via: 'via',
  actorsLabel: 'Acteurs',
  locationLabel: 'Lieu',
  coordinates: (lat, lon) =>
    `${degrees(lat, locale)} ${lat < 0 ? 'S' : 'N'}, ${degrees(lon, locale)} ${lon < 0 ? 'O' : 'E'}`,
  quotesLabel: 'Citations',
  translation: '(traduction)',
  notesLabel: 'Note de la rédaction',
  sourcesLabel: 'Sources',
  newTab: '(s’ouvre dans un nouvel onglet)',
  linkWithheld: '(sans lien : adresse web non sûre)',
  imageLabel: 'Image',
  credit: 'Crédit :',
  imageUnavailable: 'Image indisponible :',
  relatedLabel: 'Événements liés',
  copyLink: 'Copier le lien de cet événement',
  linkCopied: 'Lien copié',
  linkField: 'Copiez ce lien :',
});

const ar = (locale: string): CardStrings => ({
  kinds: ui('ar').kinds,
  statuses: ui('ar').statuses,
  // the inverse reads before the other event's title: "نفاه <title>" is "<title> denied it"
  relations: {
    denies: {forward: 'ينفي', inverse: 'نفاه'},
    confirms: {forward: 'يؤكد', inverse: 'أكّده'},
    contradicts: {forward: 'يناقض', inverse: 'ناقضه'},
    corroborates: {forward: 'يعزّز', inverse: 'عزّزه'},
    'responds-to': {forward: 'يردّ على', inverse: 'ردّ عليه'},
    ratifies: {forward: 'يصادق على', inverse: 'صادق عليه'},
    updates: {forward: 'يُحدِّث', inverse: 'حدَّثه'},
    'part-of': {forward: 'جزء من', inverse: 'يشمل'},
    follows: {forward: 'يلي', inverse: 'تلاه'},
    formalises: {forward: 'يُقرّ رسميًا', inverse: 'أقرّه رسميًا'},
    completes: {forward: 'يستكمل', inverse: 'استكمله'},
    'context-for': {forward: 'سياق لـ', inverse: 'في سياق'},
    'outcome-of': {forward: 'نتيجة لـ', inverse: 'أدّى إلى'},
  },
  selectHint: 'اختر حدثًا لعرض تفاصيله.',
  close: 'إغلاق',
  statusLabel: 'الحالة:',
  kindLabel: 'النوع:',
  statusUpdatesLabel: 'تغييرات لاحقة في الحالة',
  statusChange: (status, date, when) => (when.approximate ? `${status} ${date}` : `${status} في ${date}`),
  openQuote: '«',
  closeQuote: '»',
  wordingNote: '(صياغة المصدر)',
  dateNotVerified: 'تاريخ غير متحقَّق منه',
  according: 'بحسب',
  via: 'عبر',
  actorsLabel: 'الأطراف',
  locationLabel: 'المكان',
  coordinates: (lat, lon) =>
    `${degrees(lat, locale)} ${lat < 0 ? 'جنوبًا' : 'شمالًا'}، ${degrees(lon, locale)} ${lon < 0 ? 'غربًا' : 'شرقًا'}`,
  quotesLabel: 'اقتباسات',
  translation: '(ترجمة)',
  notesLabel: 'ملاحظة التحرير',
  sourcesLabel: 'المصادر',
  newTab: '(يُفتح في علامة تبويب جديدة)',
  linkWithheld: '(بلا رابط: ليس عنوان ويب آمنًا)',
  imageLabel: 'صورة',
  credit: 'حقوق الصورة:',
  imageUnavailable: 'الصورة غير متاحة:',
  relatedLabel: 'أحداث ذات صلة',
  copyLink: 'نسخ رابط هذا الحدث',
  linkCopied: 'تم نسخ الرابط',
  linkField: 'انسخ هذا الرابط:',
});

const BUILDERS: Readonly<Record<string, (locale: string) => CardStrings>> = {en, fr, ar};

/** The tables as written, one per language (numbers formatted for the bare language tag). */
export const CARD_STRINGS: Readonly<Record<string, CardStrings>> = {en: en('en'), fr: fr('fr'), ar: ar('ar')};

/**
 * The card strings for a language tag: its primary subtag's table, with numbers written for the whole
 * tag; English when the language has none.
 */
export const cardStrings: (language: string) => CardStrings = localizedTables(BUILDERS, CARD_STRINGS);

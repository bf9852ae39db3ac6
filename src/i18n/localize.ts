/**
 * Plurals and numbers in the reader's language, through Intl: a count reads "10,000 events" in English,
 * "10 000 événements" in French (narrow no-break space) and "١٠٬٠٠٠ حدث" on an Egyptian Arabic page,
 * with the grammatical form the number calls for in that language (Arabic has six).
 */
import {primarySubtag} from '../model/text.js';

/** A CLDR plural category, as `Intl.PluralRules#select` returns it. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The forms of a phrase per plural category. Only `other` is required: a category a language uses but
 * the forms leave out reads as `other`. English uses one and other; French one, many (1 000 000 d’…)
 * and other; Arabic all six (0, 1, 2, 3–10, 11–99, 100…, by the last two digits).
 */
export type PluralForms<T = string> = Partial<Record<PluralCategory, T>> & {other: T};

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Builds an Intl object for a language tag, falling back to its primary subtag, then English, when
 * the tag is not well-formed (Intl throws a RangeError then); never throws.
 */
function build<T>(language: string, make: (locale: string) => T): T {
  for (const locale of [language, primarySubtag(language), 'en']) {
    try {
      return make(locale);
    } catch {
      // not a well-formed tag: try the next one
    }
  }
  return make('en');
}

/**
 * Categories already asked, per language and number: `Intl.PluralRules#select` takes about 12 µs a
 * call in V8, and a zoom level names hundreds of clusters by their counts. Bounded per language.
 */
const pluralsSeen = new Map<string, Map<number, PluralCategory>>();
const PLURALS_KEPT = 4096;

/** The plural category of `n` in a language: 'one' for 1 in English, 'few' for 3 in Arabic. */
export function pluralCategory(language: string, n: number): PluralCategory {
  let seen = pluralsSeen.get(language);
  const known = seen?.get(n);
  if (known !== undefined) return known;
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = build(language, (locale) => new Intl.PluralRules(locale));
    pluralRules.set(language, rules);
  }
  const category = rules.select(n) as PluralCategory;
  if (!seen) pluralsSeen.set(language, (seen = new Map()));
  if (seen.size >= PLURALS_KEPT) seen.clear();
  seen.set(n, category);
  return category;
}

/**
 * The form of `forms` that `n` takes in a language (the `other` form when the forms leave its category
 * out). Forms are whole phrases, so each language words its own: write the number in them with
 * `formatNumber`, or leave it out where the language does ("حدثان", two events).
 */
export function plural<T>(language: string, n: number, forms: PluralForms<T>): T {
  const form = forms[pluralCategory(language, n)];
  return form === undefined ? forms.other : form;
}

/**
 * A count in words: the form `n` takes in a language, its `{n}` replaced by `n` written for that
 * language. `countPhrase('en', 10000, {one: '{n} event', other: '{n} events'})` is "10,000 events";
 * Arabic leaves the number out of 0, 1 and 2 ("حدثان"). Forms are fixed text: put feed text or a search
 * around the phrase, never in a form.
 */
export function countPhrase(language: string, n: number, forms: PluralForms<string>): string {
  const form = plural(language, n, forms);
  return form.includes('{n}') ? form.replaceAll('{n}', formatNumber(language, n)) : form;
}

/** A number written for a language: 10000 reads "10,000", "10 000" (fr) or "١٠٬٠٠٠" (ar-EG). */
export function formatNumber(language: string, n: number): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = build(language, (locale) => new Intl.NumberFormat(locale));
    numberFormats.set(language, format);
  }
  return format.format(n);
}

const percentFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * A share of a whole (0..1) as a whole percentage in a language: "60%", "60 %" in French, "٦٠٪" on an
 * Egyptian Arabic page. A share too small to round to 1 % reads "<1%" rather than "0%": it is there.
 */
export function formatShare(language: string, share: number): string {
  let format = percentFormats.get(language);
  if (!format) {
    format = build(language, (locale) => new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 0}));
    percentFormats.set(language, format);
  }
  return share > 0 && share < 0.005 ? `<${format.format(0.01)}` : format.format(share);
}

/** The conjunction list format of a language, made once per language (Intl formats are costly to create). */
export function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = build(language, (locale) => new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'}));
    listFormats.set(language, format);
  }
  return format;
}

/** Items joined as a list in a language: "A, B, and C", "A, B et C", "A وB وC". */
export function formatList(language: string, items: readonly string[]): string {
  return listFormat(language).format(items);
}

/**
 * Text that stands on its own (a legend toggle, a lane header) starts with a capital, as a heading does:
 * "denial" reads "Denial". Only the first letter changes, with the language's rules; scripts without
 * case (Arabic) are left as they are. Done on the string rather than with CSS, which cannot reach SVG
 * text (`::first-letter` applies to blocks only), so that every place shows the same characters.
 */
/**
 * Whether a text opens by saying who asserts something ("according to …", "per …", "selon …",
 * "d’après …", "بحسب …"), in any language frise knows: such an attribution label is said as it is,
 * never after another "according to". Lower case only for "per", which also starts names ("Per Olsen").
 */
export function opensWithAttribution(text: string): boolean {
  return ATTRIBUTION_OPENERS.test(text.trimStart());
}

const ATTRIBUTION_OPENERS = new RegExp(
  '^(?:' +
    [
      '[Aa]ccording to',
      'per',
      '[Aa]s per',
      '[Cc]iting',
      '[Aa]s (?:reported|claimed|stated|said) by',
      '[Ss]elon',
      "[Dd][’']après",
      '[Cc]itant',
      '[Aa]ux? dires? de',
      '[Dd]e source',
      'بحسب',
      'حسب',
      'وفقًا',
      'وفقا',
      'وفق',
      'نقلًا عن',
      'نقلا عن',
    ].join('|') +
    ')\\s',
  'u',
);

export function capitalize(text: string, language: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(wellFormed(language) ? language : undefined) + text.slice(head.length);
}

/**
 * Wraps text of unknown direction (a feed title, a search, an address) in Unicode isolates (FSI … PDI)
 * so that a left-to-right title inside a right-to-left sentence keeps the punctuation around it in place.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * The table of a language shown in a given locale. A table is written once per language (`en`, `fr`,
 * `ar`) but its numbers follow the exact tag on the page: "ar-EG" writes Arabic-Indic digits like the
 * dates Intl formats there, "ar" and "ar-MA" Western digits. Languages without a table get English,
 * numbers included (English words with German digits would read oddly).
 *
 * Returns the lookup: `tables[primary]` for a bare primary tag, else a table built once per tag.
 */
export function localizedTables<T>(
  builders: Readonly<Record<string, (locale: string) => T>>,
  tables: Readonly<Record<string, T>>,
): (language: string) => T {
  const built = new Map<string, T>();
  const fallback = tables['en']!;
  return (language: string): T => {
    const primary = primarySubtag(language);
    const builder = builders[primary];
    if (!builder) return fallback;
    if (language === primary) return tables[primary] ?? fallback;
    let table = built.get(language);
    if (!table) {
      // a page shows one or two languages: the bound only guards against a page cycling through tags
      if (built.size >= 64) built.clear();
      table = builder(wellFormed(language) ? language : primary);
      built.set(language, table);
    }
    return table;
  };
}

function wellFormed(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

import type {TemplateResult} from 'lit';

const LIST_FORMATS = new Map<string, Intl.ListFormat>();

/** The conjunction list format of a language, made once per language (Intl formats are costly to create). */
export function listFormat(language: string): Intl.ListFormat {
  let format = LIST_FORMATS.get(language);
  if (!format) {
    try {
      format = new Intl.ListFormat(language, {style: 'long', type: 'conjunction'});
    } catch {
      format = new Intl.ListFormat('en', {style: 'long', type: 'conjunction'});
    }
    LIST_FORMATS.set(language, format);
  }
  return format;
}

/** Joins templates as a list in a language ("A, B et C"), keeping each item's own markup. */
export function joinList(language: string, items: TemplateResult[]): unknown[] {
  if (items.length <= 1) return items;
  const format = listFormat(language);
  const parts = format.formatToParts(items.map((_, i) => String(i)));
  return parts.map((part) => (part.type === 'element' ? items[Number(part.value)] : part.value));
}

import type {TemplateResult} from 'lit';
import {listFormat} from '../../i18n/localize.js';

/** Joins templates as a list in a language ("A, B et C"), keeping each item's own markup. */
export function joinList(language: string, items: TemplateResult[]): unknown[] {
  if (items.length <= 1) return items;
  const format = listFormat(language);
  const parts = format.formatToParts(items.map((_, i) => String(i)));
  return parts.map((part) => (part.type === 'element' ? items[Number(part.value)] : part.value));
}

/**
 * Which way a language's text runs, for the `dir` of an interface shown in it (an Arabic page gets a
 * right-to-left interface). Pure: no DOM.
 */
import {primarySubtag} from '../model/text.js';

/** The value of a `dir` attribute for text in one language. */
export type TextDirection = 'ltr' | 'rtl';

/** Scripts written right to left (ISO 15924), for tags that name their script ("ku-Arab", "ff-Adlm"). */
const RTL_SCRIPTS = new Set([
  'Adlm',
  'Arab',
  'Aran',
  'Armi',
  'Avst',
  'Chrs',
  'Cprt',
  'Elym',
  'Hatr',
  'Hebr',
  'Hung',
  'Khar',
  'Lydi',
  'Mand',
  'Mani',
  'Mend',
  'Narb',
  'Nbat',
  'Nkoo',
  'Ougr',
  'Palm',
  'Phli',
  'Phlp',
  'Phnx',
  'Prti',
  'Rohg',
  'Samr',
  'Sarb',
  'Sogd',
  'Sogo',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/**
 * Languages written right to left when the tag names no script (their usual script is one of the
 * above). Kurdish ("ku") is not here: it is mostly written in Latin letters; "ku-Arab" and Sorani
 * ("ckb") are right to left.
 */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'bal',
  'ckb',
  'dv',
  'fa',
  'glk',
  'he',
  'iw',
  'ji',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'pnb',
  'ps',
  'rhg',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

interface TextInfo {
  direction?: string;
}
/** `Intl.Locale` with the text-info accessors some engines have: a method (Chromium, Node 23) or a getter (older V8, Safari). */
type LocaleWithTextInfo = Intl.Locale & {getTextInfo?: () => TextInfo; textInfo?: TextInfo};

const directions = new Map<string, TextDirection>();

/**
 * The direction of text in a language: `rtl` for Arabic, Hebrew, Persian, Urdu, "ku-Arab"…, `ltr` for
 * the rest, including a tag that is not well-formed. Asks Intl first (`Intl.Locale#getTextInfo` or
 * `textInfo`), else reads the tag's script, else its language (see `directionFromTag`). Never throws.
 */
export function directionOf(language: string): TextDirection {
  let direction = directions.get(language);
  if (direction === undefined) {
    direction = directionFromIntl(language) ?? directionFromTag(language);
    directions.set(language, direction);
  }
  return direction;
}

function directionFromIntl(language: string): TextDirection | undefined {
  try {
    const locale = new Intl.Locale(language.trim()) as LocaleWithTextInfo;
    const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
    return info?.direction === 'rtl' || info?.direction === 'ltr' ? info.direction : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The direction of a language from its tag alone, for engines without `getTextInfo` (Firefox): the
 * script it names ("az-Arab"), else the one `Intl.Locale#maximize` gives ("fa" → Arab), else whether
 * its language is one of the usual right-to-left ones. Exported for its test; use `directionOf`.
 */
export function directionFromTag(language: string): TextDirection {
  const tag = language.trim();
  let script: string | undefined;
  try {
    const locale = new Intl.Locale(tag);
    script = locale.script ?? locale.maximize().script;
  } catch {
    script = /^[a-z]{2,3}-([a-z]{4})(?:-|$)/i.exec(tag)?.[1];
  }
  if (script) return RTL_SCRIPTS.has(script[0]!.toUpperCase() + script.slice(1).toLowerCase()) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primarySubtag(tag)) ? 'rtl' : 'ltr';
}

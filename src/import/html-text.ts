/**
 * Plain text out of the HTML that other timeline tools store in their text fields (TimelineJS3's
 * headlines and texts, vis-timeline's item contents), without ever parsing it as live HTML: no
 * DOMParser, no element, no `document`. A small tolerant tokenizer walks the string once: tags are
 * dropped, block elements and `<br>` become line breaks, character references are decoded, and the
 * contents of script, style and other non-text elements are skipped. So it runs the same in a page
 * (under Trusted Types), in a Worker and in Node, and nothing in the input can run or load anything:
 * the result is text, and the links are only reported (the caller checks them at the URL choke point).
 */

/** A link found in the HTML: its `href` as written (entities decoded) and the text it wraps. */
export interface HtmlLink {
  href: string;
  text: string;
}

/** The text of an HTML fragment and what it links to. */
export interface HtmlText {
  /** Plain text: whitespace collapsed as a browser would, line breaks for `<br>` and blocks, trimmed. */
  text: string;
  /** Every `<a href>`, in order. */
  links: HtmlLink[];
  /** The `src` of every `<iframe>` (an embed code pasted where a URL was expected). */
  frames: string[];
}

// Elements whose content is not text for a reader: code, styles, inert templates, embedded documents
// and drawings. Their whole content is skipped up to their end tag.
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
  'title',
  'textarea',
  'select',
  'noembed',
  'noframes',
  'xmp',
]);
// Blocks that start and end on a line of their own, and those that stand apart as paragraphs.
const LINE_BLOCKS = new Set([
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'address',
  'center',
  'header',
  'footer',
  'section',
  'article',
  'aside',
  'nav',
  'main',
  'figure',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
]);
const PARAGRAPH_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'dl',
  'table',
  'pre',
  'hr',
]);

// The character references news text uses; the rest of HTML's 2,231 names are left as written.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  dagger: '†',
  Dagger: '‡',
  prime: '′',
  Prime: '″',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  minus: '−',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  micro: 'µ',
  para: '¶',
  sect: '§',
  cent: '¢',
  pound: '£',
  yen: '¥',
  euro: '€',
  curren: '¤',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  acute: '´',
  cedil: '¸',
  uml: '¨',
  macr: '¯',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Atilde: 'Ã',
  Auml: 'Ä',
  Aring: 'Å',
  AElig: 'Æ',
  Ccedil: 'Ç',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Euml: 'Ë',
  Igrave: 'Ì',
  Iacute: 'Í',
  Icirc: 'Î',
  Iuml: 'Ï',
  ETH: 'Ð',
  Ntilde: 'Ñ',
  Ograve: 'Ò',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Otilde: 'Õ',
  Ouml: 'Ö',
  Oslash: 'Ø',
  OElig: 'Œ',
  Scaron: 'Š',
  Ugrave: 'Ù',
  Uacute: 'Ú',
  Ucirc: 'Û',
  Uuml: 'Ü',
  Yacute: 'Ý',
  Yuml: 'Ÿ',
  THORN: 'Þ',
  szlig: 'ß',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  auml: 'ä',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  igrave: 'ì',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  eth: 'ð',
  ntilde: 'ñ',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ouml: 'ö',
  oslash: 'ø',
  oelig: 'œ',
  scaron: 'š',
  ugrave: 'ù',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  yuml: 'ÿ',
  thorn: 'þ',
};
// HTML decodes these few without their semicolon too ("&amp" in old pages and hand-typed URLs).
const LEGACY_WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
const REFERENCE = /&(?:#(\d{1,8});?|#[xX]([0-9A-Fa-f]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31})(;?))/g;

/** Decodes character references (`&amp;`, `&eacute;`, `&#233;`, `&#xE9;`); unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string, semicolon?: string) => {
    if (decimal !== undefined || hex !== undefined) {
      const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
      // NUL, surrogates and code points beyond Unicode are replaced, as HTML does
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const value = Object.hasOwn(NAMED, name!) ? NAMED[name!] : undefined;
    if (value === undefined) return whole;
    if (semicolon === '' && !LEGACY_WITHOUT_SEMICOLON.has(name!)) return whole;
    return value;
  });
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isTagSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
  /** index just after the tag's `>` */
  end: number;
}

/**
 * Reads the tag that starts at `start` (a `<` followed by a letter, or `</` and a letter). Returns
 * undefined when the input ends inside it: an unfinished tag is dropped with the rest of the input,
 * as a browser drops it.
 */
function readTag(html: string, start: number): Tag | undefined {
  let i = start + 1;
  const closing = html.charCodeAt(i) === 47; // '/'
  if (closing) i++;
  const nameStart = i;
  while (i < html.length && !isTagSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const attributes = new Map<string, string>();
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (code === 62) return {name, closing, attributes, end: i + 1}; // '>'
    if (isTagSpace(code) || code === 47) {
      i++;
      continue;
    }
    const attributeStart = i;
    // an attribute name runs to a space, '/', '>' or '=' (a leading '=' belongs to the name, as in HTML)
    i++;
    while (i < html.length && !isTagSpace(html.charCodeAt(i)) && !'/>='.includes(html[i]!)) i++;
    const attributeName = html.slice(attributeStart, i).toLowerCase();
    let j = i;
    while (j < html.length && isTagSpace(html.charCodeAt(j))) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (j < html.length && isTagSpace(html.charCodeAt(j))) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        if (close === -1) return undefined;
        value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const valueStart = j;
        while (j < html.length && !isTagSpace(html.charCodeAt(j)) && html[j] !== '>') j++;
        value = html.slice(valueStart, j);
      }
      i = j;
    }
    if (!attributes.has(attributeName)) attributes.set(attributeName, decodeEntities(value));
  }
  return undefined;
}

/**
 * The plain text of an HTML fragment, and its links, without parsing it as live HTML (see the module's
 * comment). Never throws; a string that is not HTML comes back with its whitespace collapsed.
 */
export function htmlToText(html: string): HtmlText {
  const links: HtmlLink[] = [];
  const frames: string[] = [];
  if (typeof html !== 'string' || html === '') return {text: '', links, frames};
  // searched for end tags of skipped elements, whatever their case
  let lower: string | undefined;
  // the text so far, in pieces (joined once at the end: slicing a growing string would copy it each time)
  const out: string[] = [];
  let preDepth = 0;
  let openLink: {href: string; text: string[]} | undefined;
  // Line breaks owed by the blocks passed since the last text (1: a line, 2: a paragraph), and a space
  // owed by whitespace between tags: both are written only before the next text, so that blocks in a
  // row make one break, not one each, and the spaces between blocks vanish.
  let owedBreaks = 0;
  let owedSpace = false;
  const push = (text: string) => {
    out.push(text);
    openLink?.text.push(text);
  };
  const emit = (text: string) => {
    if (owedBreaks > 0 && out.length > 0) push('\n'.repeat(owedBreaks));
    else if (owedSpace) push(' ');
    owedBreaks = 0;
    owedSpace = false;
    push(text);
  };
  const breakLine = (count: 1 | 2) => {
    owedBreaks = Math.max(owedBreaks, count);
  };
  const closeLink = () => {
    if (!openLink) return;
    links.push({href: openLink.href, text: openLink.text.join('').replace(/\s+/g, ' ').trim()});
    openLink = undefined;
  };
  const appendText = (raw: string) => {
    if (raw === '') return;
    const decoded = decodeEntities(raw);
    if (preDepth > 0) return emit(decoded.replace(/\r\n?/g, '\n'));
    // HTML's whitespace (not the no-break space) collapses to one space, except in <pre>
    const collapsed = decoded.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed === ' ') owedSpace = out.length > 0;
    else emit(collapsed);
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      appendText(html.slice(i));
      break;
    }
    appendText(html.slice(i, lt));
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    if (next === 33 || next === 63) {
      // '<!…>' (a doctype, CDATA) and '<?…>' are bogus comments: dropped up to the next '>'
      const close = html.indexOf('>', lt + 2);
      i = close === -1 ? html.length : close + 1;
      continue;
    }
    const startsTag = isAsciiLetter(next) || (next === 47 && isAsciiLetter(html.charCodeAt(lt + 2)));
    if (!startsTag) {
      if (next === 47) {
        // '</' not followed by a letter: '</>' is dropped, anything else is a bogus comment
        const close = html.indexOf('>', lt + 2);
        i = close === -1 ? html.length : close + 1;
        continue;
      }
      emit('<');
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) break;
    i = tag.end;
    const {name, closing} = tag;
    if (!closing && SKIPPED.has(name)) {
      if (name === 'iframe') {
        const src = tag.attributes.get('src');
        if (src !== undefined && src.trim() !== '') frames.push(src.trim());
      }
      // a self-closing <svg/> or <iframe/> has no content to skip
      if (html.charCodeAt(tag.end - 2) === 47) continue;
      lower ??= html.toLowerCase();
      let close = lower.indexOf(`</${name}`, i);
      while (close !== -1) {
        const after = lower.charCodeAt(close + name.length + 2);
        if (Number.isNaN(after) || isTagSpace(after) || after === 62 || after === 47) break;
        close = lower.indexOf(`</${name}`, close + 1);
      }
      if (close === -1) break; // no end tag: the rest is its content
      const end = html.indexOf('>', close);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (name === 'br') {
      emit('\n');
    } else if (name === 'a') {
      closeLink();
      const href = tag.attributes.get('href');
      if (!closing && href !== undefined) openLink = {href: href.trim(), text: []};
    } else if (name === 'td' || name === 'th') {
      owedSpace = out.length > 0;
    } else if (name === 'img') {
      // an image in running text says what it shows by its alt text, if anything
      const alt = tag.attributes.get('alt');
      if (alt) emit(alt.replace(/\s+/g, ' '));
    } else if (PARAGRAPH_BLOCKS.has(name)) {
      breakLine(2);
      if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    } else if (LINE_BLOCKS.has(name)) {
      breakLine(1);
      if (name === 'li' && !closing) emit('• ');
    }
  }
  closeLink();
  return {text: tidyLines(out.join('')), links, frames};
}

const isLineSpace = (code: number) => code === 32 || code === 9 || code === 12 || code === 13;

/** A line without the spaces, tabs and carriage returns at its ends (a loop: a regex would be quadratic on long runs). */
function trimLine(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isLineSpace(line.charCodeAt(start))) start++;
  while (end > start && isLineSpace(line.charCodeAt(end - 1))) end--;
  return line.slice(start, end);
}

/** Lines trimmed, at most one empty line between two, none at the ends. */
function tidyLines(text: string): string {
  const kept: string[] = [];
  let gap = false;
  for (const raw of text.split('\n')) {
    const line = trimLine(raw);
    if (line === '') {
      gap = kept.length > 0;
      continue;
    }
    if (gap) kept.push('');
    gap = false;
    kept.push(line);
  }
  return kept.join('\n');
}

/** The text on one line: for titles and names, where a line break has no place. */
export function singleLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

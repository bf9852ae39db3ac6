import {expect} from '@open-wc/testing';
import {STRING_TABLES, UI_LANGUAGES} from './index.js';
import {KINDS, STATUSES, RELATION_TYPES} from '../model/types.js';

/** Every key path of a string table entry, functions called with sample arguments. */
function paths(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .flatMap(([key, child]) => paths(child, prefix ? `${prefix}.${key}` : key))
      .sort();
  }
  return [prefix];
}

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...args: unknown[]) => unknown)(2, 'A', 'B'))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('UI strings', () => {
  for (const [name, table] of Object.entries(STRING_TABLES)) {
    it(`the ${name} table has every language with the same keys, none empty`, () => {
      const tables = table as Record<string, unknown>;
      for (const language of UI_LANGUAGES) expect(tables[language], `${name}.${language}`).to.exist;
      const reference = paths(tables['en']);
      for (const language of UI_LANGUAGES) {
        expect(paths(tables[language]), `${name}.${language}`).to.deep.equal(reference);
        for (const text of texts(tables[language])) expect(text.trim(), `${name}.${language}`).to.not.equal('');
      }
    });
  }

  it('names every kind, status and relation type in French and in English, differently', () => {
    const fr = STRING_TABLES.ui['fr']!;
    const en = STRING_TABLES.ui['en']!;
    for (const kind of KINDS) expect(fr.kinds[kind], kind).to.be.a('string').and.not.equal('');
    for (const status of STATUSES) expect(fr.statuses[status], status).to.not.equal(en.statuses[status]);
    expect(fr.statuses.denied).to.equal('démenti');
    expect(en.statuses.denied).to.equal('denied');
    expect(fr.fit).to.equal('Ajuster');
    expect(en.fit).to.equal('Fit');
    const legend = STRING_TABLES.legend as unknown as Record<string, {relations: Record<string, string>}>;
    for (const type of RELATION_TYPES) {
      expect(legend['fr']!.relations[type], type).to.be.a('string');
      expect(legend['en']!.relations[type], type).to.be.a('string');
    }
    expect(legend['fr']!.relations['denies']).to.not.equal(legend['en']!.relations['denies']);
  });

  it('has every Arabic string in Arabic', () => {
    for (const [name, table] of Object.entries(STRING_TABLES)) {
      // the list's `lang` is a tag, not text
      const {lang: _tag, ...arabic} = (table as Record<string, Record<string, unknown>>)['ar']!;
      for (const text of texts(arabic)) {
        // the sample arguments A and B are removed; what is left is punctuation or has Arabic letters
        const own = text.replace(/\bA\b|\bB\b/g, '');
        if (/\p{L}/u.test(own)) expect(own, `${name}.ar`).to.match(/\p{Script=Arabic}/u);
      }
    }
    const ui = STRING_TABLES.ui['ar']!;
    for (const status of STATUSES) expect(ui.statuses[status], status).to.match(/\p{Script=Arabic}/u);
    // every kind and status, and "not given", named apart
    expect(new Set(Object.values(ui.kinds)).size, 'kinds named apart').to.equal(KINDS.length + 1);
    expect(new Set(Object.values(ui.statuses)).size, 'statuses named apart').to.equal(STATUSES.length + 1);
  });

  it('spaces punctuation as each language does: a no-break space before : ; ? ! in French, none in English', () => {
    for (const [name, table] of Object.entries(STRING_TABLES)) {
      const tables = table as Record<string, unknown>;
      for (const text of texts(tables['fr'])) {
        // a plain space there lets a line break before the colon, and a missing one is not French
        expect(text, `${name}.fr`).to.not.match(/ [:;?!](?=\s|$)/);
        expect(text, `${name}.fr`).to.not.match(/\p{L}[:;?!](?=\s|$)/u);
      }
      for (const text of texts(tables['en'])) expect(text, `${name}.en`).to.not.match(/[\s\u00a0\u202f][:;?!](?=\s|$)/);
    }
  });
});

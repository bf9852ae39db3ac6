import {expect} from '@open-wc/testing';
import {countPhrase, formatNumber, isolate, plural, pluralCategory} from './localize.js';
import {uiStrings, UI_STRINGS} from './strings.js';
import {legendStrings} from './legend-strings.js';
import {listStrings} from './list-strings.js';
import {cardStrings} from './card-strings.js';
import {formatResolvedDate} from './format-date.js';

const SAMPLES = [0, 1, 2, 3, 11, 100, 1.5];
const NARROW_NO_BREAK_SPACE = '\u202f';

describe('pluralCategory', () => {
  it('follows each language’s rules for 0, 1, 2, 3, 11, 100 and 1.5', () => {
    expect(SAMPLES.map((n) => pluralCategory('en', n))).to.deep.equal([
      'other',
      'one',
      'other',
      'other',
      'other',
      'other',
      'other',
    ]);
    // French: 0 and 1.5 take the singular, like 1
    expect(SAMPLES.map((n) => pluralCategory('fr', n))).to.deep.equal([
      'one',
      'one',
      'other',
      'other',
      'other',
      'other',
      'one',
    ]);
    expect(SAMPLES.map((n) => pluralCategory('ar', n))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
      'other',
    ]);
  });

  it('reads Arabic counts by their last two digits and French millions as many', () => {
    expect([101, 103, 111, 1000].map((n) => pluralCategory('ar', n))).to.deep.equal(['other', 'few', 'many', 'other']);
    expect(pluralCategory('fr', 1_000_000)).to.equal('many');
  });

  it('answers the same number again per language (categories are kept per language and number)', () => {
    for (let round = 0; round < 2; round++) {
      expect(pluralCategory('ar', 3)).to.equal('few');
      expect(pluralCategory('en', 3)).to.equal('other');
      expect(pluralCategory('fr', 1)).to.equal('one');
      expect(pluralCategory('en', 1)).to.equal('one');
      expect(pluralCategory('ar', 1)).to.equal('one');
      expect(pluralCategory('ar', 2)).to.equal('two');
    }
    // more numbers than are kept: the oldest are forgotten, answers stay right
    for (let n = 0; n < 5000; n++) pluralCategory('en', n);
    expect(pluralCategory('en', 1)).to.equal('one');
    expect(pluralCategory('en', 4999)).to.equal('other');
  });

  it('uses the primary subtag, then English, for a tag Intl refuses, without throwing', () => {
    expect(pluralCategory('not a tag!', 1)).to.equal('one');
    expect(pluralCategory('ar-!!', 2)).to.equal('two');
  });
});

describe('plural', () => {
  it('picks the form of the category, or other when the forms leave it out', () => {
    const forms = {one: 'one form', two: 'two form', other: 'other form'};
    expect(plural('ar', 2, forms)).to.equal('two form');
    expect(plural('en', 2, forms)).to.equal('other form');
    expect(plural('ar', 3, forms)).to.equal('other form');
    expect(plural('fr', 0, forms)).to.equal('one form');
  });

  it('picks values of any type', () => {
    expect(plural('en', 1, {one: 1, other: 2})).to.equal(1);
  });
});

describe('formatNumber', () => {
  it('groups digits the way each locale does', () => {
    expect(formatNumber('en', 10000)).to.equal('10,000');
    expect(formatNumber('fr', 10000)).to.equal(`10${NARROW_NO_BREAK_SPACE}000`);
    expect(formatNumber('fr', 1.5)).to.equal('1,5');
    // CLDR writes bare "ar" with Western digits, Egyptian and Saudi Arabic with Arabic-Indic ones
    expect(formatNumber('ar', 10000)).to.equal('10,000');
    expect(formatNumber('ar-EG', 10000)).to.equal('١٠٬٠٠٠');
    expect(formatNumber('ar-u-nu-latn', 10000)).to.equal('10,000');
  });

  it('formats a tag Intl refuses in English rather than throwing', () => {
    expect(formatNumber('not a tag!', 1234)).to.equal('1,234');
  });
});

describe('countPhrase', () => {
  it('writes the number into the form', () => {
    expect(countPhrase('en', 10000, {one: '{n} event', other: '{n} events'})).to.equal('10,000 events');
    expect(countPhrase('ar', 2, {two: 'حدثان', other: '{n} حدث'})).to.equal('حدثان');
  });
});

describe('isolate', () => {
  it('wraps text in first-strong isolates', () => {
    expect(isolate('Kim')).to.equal('\u2068Kim\u2069');
  });
});

describe('counts in the string tables', () => {
  it('says event counts in English, French and Arabic with the right form', () => {
    expect(SAMPLES.map((n) => uiStrings('en').eventCount(n))).to.deep.equal([
      '0 events',
      '1 event',
      '2 events',
      '3 events',
      '11 events',
      '100 events',
      '1.5 events',
    ]);
    expect(SAMPLES.map((n) => uiStrings('fr').eventCount(n))).to.deep.equal([
      '0 événement',
      '1 événement',
      '2 événements',
      '3 événements',
      '11 événements',
      '100 événements',
      '1,5 événement',
    ]);
    expect(SAMPLES.map((n) => uiStrings('ar').eventCount(n))).to.deep.equal([
      'لا أحداث',
      'حدث واحد',
      'حدثان',
      '3 أحداث',
      '11 حدثًا',
      '100 حدث',
      '1.5 حدث',
    ]);
    expect(uiStrings('ar').eventCount(103)).to.equal('103 أحداث');
    expect(uiStrings('fr').eventCount(1_000_000)).to.equal(
      `1${NARROW_NO_BREAK_SPACE}000${NARROW_NO_BREAK_SPACE}000 d’événements`,
    );
  });

  it('writes 10000 events with the locale’s grouping', () => {
    expect(uiStrings('en').eventCount(10000)).to.equal('10,000 events');
    expect(uiStrings('fr').eventCount(10000)).to.equal(`10${NARROW_NO_BREAK_SPACE}000 événements`);
    expect(uiStrings('ar').eventCount(10000)).to.equal('10,000 حدث');
    expect(uiStrings('en').chartSummary(10000, 'A', 'B')).to.equal('10,000 events from A to B.');
    expect(uiStrings('en').clusterLabel(1000, 'June 2024', '60% reported and 40% denied', 'claim')).to.equal(
      '1,000 events, June 2024: 60% reported and 40% denied; mostly claim. Press Enter to zoom in.',
    );
    expect(uiStrings('en').statusShare(0.6, 'confirmed')).to.equal('60% confirmed');
    expect(uiStrings('en').statusShare(0.001, 'denied')).to.equal('<1% denied');
    expect(uiStrings('fr').statusShare(0.6, 'confirmed')).to.equal('60\u00a0% confirmés');
    expect(uiStrings('ar').statusShare(0.6, 'confirmed')).to.equal(
      `مؤكَّد ${new Intl.NumberFormat('ar', {style: 'percent'}).format(0.6)}`,
    );
    expect(uiStrings('fr').feedProblems(1)).to.equal('1 problème dans le flux');
    expect(uiStrings('en').feedProblems(2)).to.equal('2 problems in the feed');
  });

  it('writes counts in the digits the page’s dates use', () => {
    const year = {
      start: Date.UTC(2024, 0, 1),
      end: Date.UTC(2025, 0, 1),
      precision: 'year' as const,
      approximate: false,
      relative: false,
      verified: true,
    };
    for (const language of ['ar', 'ar-EG', 'ar-MA', 'ar-SA', 'ar-u-nu-latn', 'fr-CA', 'en-GB']) {
      const date = formatResolvedDate(year, language);
      const count = uiStrings(language).eventCount(2024);
      // the digit "2" in the script Intl chose for the date must be the one of the count
      const two = [...date].find((c) => /\p{Nd}/u.test(c));
      expect(count, language).to.include(two!);
    }
    expect(uiStrings('ar-EG').eventCount(11)).to.equal('١١ حدثًا');
  });

  it('keeps the words of the primary language and falls back to English, English digits included', () => {
    expect(uiStrings('fr-CA').fit).to.equal('Ajuster');
    expect(uiStrings('de')).to.equal(UI_STRINGS['en']);
    expect(uiStrings('de-DE').eventCount(10000)).to.equal('10,000 events');
    expect(uiStrings('ar-EG')).to.equal(uiStrings('ar-EG'));
    expect(uiStrings('AR').fit).to.equal(UI_STRINGS['ar']!.fit);
  });

  it('words the legend, list and card counts in each language', () => {
    expect(legendStrings('en').results(1)).to.equal('1 result');
    expect(legendStrings('en').results(1000)).to.equal('1,000 results');
    expect(legendStrings('fr').results(0)).to.equal('0 résultat');
    expect(SAMPLES.map((n) => legendStrings('ar').results(n))).to.deep.equal([
      'لا نتائج',
      'نتيجة واحدة',
      'نتيجتان',
      '3 نتائج',
      '11 نتيجةً',
      '100 نتيجة',
      '1.5 نتيجة',
    ]);
    expect([1, 2, 3, 11, 100].map((n) => legendStrings('ar').events(n))).to.deep.equal([
      'حدث',
      'حدثان',
      'أحداث',
      'حدثًا',
      'حدث',
    ]);
    expect([1, 2].map((n) => legendStrings('en').relationCount(n))).to.deep.equal(['relation', 'relations']);
    expect(listStrings('en').matchCount(0, 'x')).to.equal('No event matches “x”.');
    expect(listStrings('en').matchCount(1200, 'x')).to.equal('1,200 events match “x”.');
    expect(listStrings('fr').matchCount(2, 'x')).to.equal(
      `2 événements correspondent à «${NARROW_NO_BREAK_SPACE}x${NARROW_NO_BREAK_SPACE}».`,
    );
    expect(listStrings('ar').matchCount(2, 'x')).to.equal(`حدثان يطابقان «${isolate('x')}».`);
    expect(listStrings('ar-EG').lang).to.equal('ar-EG');
    expect(cardStrings('ar-EG').coordinates(48.08, -37.31)).to.equal('٤٨٫٠٨° شمالًا، ٣٧٫٣١° غربًا');
  });

  it('leaves a search that looks like a placeholder as it is', () => {
    expect(listStrings('en').matchCount(3, '{n}')).to.equal('3 events match “{n}”.');
  });
});

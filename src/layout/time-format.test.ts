import {expect} from '@open-wc/testing';
import {createTickFormatter, isLocaleResolved, prepareDateFormatting, safeLocale} from './time-format.js';
import {kindSymbol} from './symbols.js';
import {KINDS} from '../model/types.js';

const utc = (iso: string) => new Date(iso);

describe('axis tick format', () => {
  it('shows the coarsest unit at which a tick differs, in French', () => {
    const format = createTickFormatter('fr');
    expect(format(utc('2024-01-01T00:00:00Z'))).to.equal('2024');
    expect(format(utc('2024-06-01T00:00:00Z'))).to.equal('juin');
    expect(format(utc('2024-10-18T00:00:00Z'))).to.equal('18 oct.');
    expect(format(utc('2024-10-18T14:00:00Z'))).to.match(/^14\sh$/);
    expect(format(utc('2024-10-18T14:30:00Z'))).to.equal('14:30');
  });

  it('follows the language: English month names, Arabic digits for ar-EG', () => {
    expect(createTickFormatter('en')(utc('2024-06-01T00:00:00Z'))).to.equal('Jun');
    expect(createTickFormatter('en')(utc('2024-10-18T00:00:00Z'))).to.equal('Oct 18');
    expect(createTickFormatter('ar-EG')(utc('2024-01-01T00:00:00Z'))).to.equal('٢٠٢٤');
  });

  it('marks years before the common era and survives an invalid language tag', () => {
    const bce = new Date(0);
    bce.setUTCFullYear(-43, 0, 1);
    expect(createTickFormatter('en')(bce)).to.match(/44.*BC/);
    expect(createTickFormatter('not a tag!')(utc('2024-01-01T00:00:00Z'))).to.equal('2024');
  });
});

describe('locale check', () => {
  it('keeps a language the browser formats dates in, and gives up a tag it lacks or that is malformed', () => {
    expect(safeLocale('fr')).to.equal('fr');
    expect(safeLocale('en-GB')).to.equal('en-GB');
    expect(safeLocale('ar')).to.equal('ar');
    expect(safeLocale('zh-Hant-TW')).to.equal('zh-Hant-TW');
    expect(safeLocale('qaa')).to.equal(undefined); // reserved for private use: no locale data
    expect(safeLocale('not a tag')).to.equal(undefined);
    expect(safeLocale('')).to.equal(undefined);
  });
});

describe('date formatting prepared ahead', () => {
  it('resolves the language in an idle moment, once per page', async () => {
    // languages no other test of this page formats in
    expect(isLocaleResolved('is')).to.equal(false);
    prepareDateFormatting('is');
    expect(isLocaleResolved('is'), 'not during the call').to.equal(false);
    await new Promise((resolve) => requestIdleCallback(resolve, {timeout: 3000}));
    expect(isLocaleResolved('is')).to.equal(true);
    prepareDateFormatting('da');
    await new Promise((resolve) => requestIdleCallback(resolve, {timeout: 3000}));
    expect(isLocaleResolved('da'), 'the first preparation loads the data every language shares').to.equal(false);
  });
});

describe('kind symbols', () => {
  it('gives every kind its own shape', () => {
    const paths = KINDS.map((kind) => kindSymbol(kind, 6));
    expect(new Set(paths).size).to.equal(KINDS.length);
    for (const path of paths) expect(path).to.match(/^M[-\d.,]+.*Z$/);
  });
});

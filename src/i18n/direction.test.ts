import {expect} from '@open-wc/testing';
import {directionFromTag, directionOf} from './direction.js';

const RTL = [
  'ar',
  'ar-EG',
  'AR',
  'he',
  'iw',
  'fa',
  'ur',
  'ps',
  'sd',
  'ug',
  'yi',
  'dv',
  'ckb',
  'ku-Arab',
  'az-Arab',
  'pa-Arab',
  'ff-Adlm',
  'syr',
];
const LTR = ['en', 'fr', 'fr-CA', 'de', 'ku', 'az', 'pa', 'ff', 'tr', 'ja', 'zh-Hant', 'sr-Latn', 'uz-Latn', 'ar-Latn'];

describe('directionOf', () => {
  it('is rtl for languages and scripts written right to left', () => {
    for (const tag of RTL) expect(directionOf(tag), tag).to.equal('rtl');
  });

  it('is ltr for the others, Kurdish and Punjabi in their usual Latin and Gurmukhi scripts included', () => {
    for (const tag of LTR) expect(directionOf(tag), tag).to.equal('ltr');
  });

  it('is ltr for a tag that is not well-formed, without throwing', () => {
    expect(directionOf('not a tag!')).to.equal('ltr');
    expect(directionOf('')).to.equal('ltr');
  });
});

describe('directionFromTag (the fallback without Intl text info)', () => {
  it('agrees with Intl on every tag', () => {
    for (const tag of [...RTL, ...LTR]) expect(directionFromTag(tag), tag).to.equal(directionOf(tag));
  });

  it('reads a script subtag even when Intl refuses the tag', () => {
    expect(directionFromTag('ku-Arab-!!')).to.equal('rtl');
    expect(directionFromTag('ar-!!')).to.equal('rtl');
    expect(directionFromTag('en-!!')).to.equal('ltr');
  });
});

import {expect} from '@open-wc/testing';
import {safeColor} from './colors.js';

describe('safeColor', () => {
  for (const [input, output] of [
    ['#abc', '#abc'],
    ['#ABC', '#abc'],
    ['#a1b2c3', '#a1b2c3'],
    ['#A1B2C3', '#a1b2c3'],
    ['#000', '#000'],
    ['#FfFfFf', '#ffffff'],
  ] as const) {
    it(`keeps ${input} as ${output}`, () => {
      expect(safeColor(input)).to.equal(output);
    });
  }

  for (const input of [
    'red',
    '#12345',
    '#1234',
    '#1234567',
    '#abcd',
    '#ggg',
    'abc',
    'a1b2c3',
    '#',
    '',
    ' #abc',
    '#abc ',
    '#abc\n',
    '\n#abc',
    '#abc;background:url(x)',
    '#abc}',
    'rgb(0,0,0)',
    'var(--x)',
    'url(javascript:alert(1))',
    'expression(alert(1))',
    '#ａｂｃ',
  ]) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      expect(safeColor(input)).to.equal(undefined);
    });
  }

  it('rejects non-strings', () => {
    for (const input of [undefined, null, 0xabc, true, {}, ['#abc'], {toString: () => '#abc'}]) {
      expect(safeColor(input), String(input)).to.equal(undefined);
    }
  });
});

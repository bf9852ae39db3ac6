import {expect} from '@open-wc/testing';
import {
  PRECISION_ORDER,
  addUnits,
  floorToPrecision,
  isoWeekStart,
  isoWeeksInYear,
  parseIsoDate,
  resolveDateSpec,
  resolveEventInterval,
  type DateError,
  type Precision,
  type ResolvedDate,
} from './dates.js';
import type {FriseDateSpec} from './generated/feed-types.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** [start ISO, end ISO, precision] of a string that must parse. */
function interval(text: string): [string, string, Precision] {
  const result = parseIsoDate(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return [iso(result.start), iso(result.end), result.precision];
}

function resolved(spec: unknown, anchor?: ResolvedDate): ResolvedDate {
  const result = resolveDateSpec(spec as FriseDateSpec, anchor);
  if (!result.ok) throw new Error(`${JSON.stringify(spec)}: ${result.error.message}`);
  return result.value;
}

/** [start ISO, end ISO, precision] of a spec that must resolve. */
function span(spec: unknown, anchor?: ResolvedDate): [string, string, Precision] {
  const value = resolved(spec, anchor);
  return [iso(value.start), iso(value.end), value.precision];
}

function errorOf(spec: unknown, anchor?: ResolvedDate): DateError {
  const result = resolveDateSpec(spec as FriseDateSpec, anchor);
  if (result.ok) throw new Error(`${JSON.stringify(spec)} resolved to ${iso(result.value.start)}, expected an error`);
  return result.error;
}

function parseError(text: string): DateError {
  const result = parseIsoDate(text);
  if (result.ok) throw new Error(`${text} parsed to ${iso(result.start)}, expected an error`);
  return result.error;
}

const DAY = 86_400_000;

describe('dates: PRECISION_ORDER', () => {
  it('lists precisions from coarse to fine', () => {
    expect([...PRECISION_ORDER]).to.deep.equal(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);
  });
});

describe('dates: parseIsoDate precisions', () => {
  it('year', () => {
    expect(interval('2024')).to.deep.equal(['2024-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'year']);
  });

  it('month, including February of leap and common years and December', () => {
    expect(interval('2024-06')).to.deep.equal(['2024-06-01T00:00:00.000Z', '2024-07-01T00:00:00.000Z', 'month']);
    expect(interval('2024-02')).to.deep.equal(['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z', 'month']);
    expect(interval('2023-02')[1]).to.equal('2023-03-01T00:00:00.000Z');
    expect(interval('2024-12')).to.deep.equal(['2024-12-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'month']);
  });

  it('ISO week: Monday to next Monday', () => {
    expect(interval('2024-W42')).to.deep.equal(['2024-10-14T00:00:00.000Z', '2024-10-21T00:00:00.000Z', 'week']);
    expect(interval('2024-W01')).to.deep.equal(['2024-01-01T00:00:00.000Z', '2024-01-08T00:00:00.000Z', 'week']);
  });

  it('day', () => {
    expect(interval('2024-10-18')).to.deep.equal(['2024-10-18T00:00:00.000Z', '2024-10-19T00:00:00.000Z', 'day']);
    expect(interval('2024-12-31')).to.deep.equal(['2024-12-31T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'day']);
  });

  it('minute (HH:MM) in UTC', () => {
    expect(interval('2024-10-22T03:30Z')).to.deep.equal([
      '2024-10-22T03:30:00.000Z',
      '2024-10-22T03:31:00.000Z',
      'minute',
    ]);
  });

  it('second, with and without milliseconds kept in start', () => {
    expect(interval('2024-10-22T03:30:15Z')).to.deep.equal([
      '2024-10-22T03:30:15.000Z',
      '2024-10-22T03:30:16.000Z',
      'second',
    ]);
    expect(interval('2024-10-22T03:30:15.5Z')).to.deep.equal([
      '2024-10-22T03:30:15.500Z',
      '2024-10-22T03:30:16.500Z',
      'second',
    ]);
    expect(interval('2024-10-22T03:30:15.05Z')[0]).to.equal('2024-10-22T03:30:15.050Z');
    expect(interval('2024-10-22T03:30:15.123Z')[0]).to.equal('2024-10-22T03:30:15.123Z');
  });

  it('a negative offset moves the instant to the next UTC day', () => {
    expect(interval('2024-10-21T22:30-04:00')).to.deep.equal([
      '2024-10-22T02:30:00.000Z',
      '2024-10-22T02:31:00.000Z',
      'minute',
    ]);
  });

  it('a positive offset moves the instant to the previous UTC day', () => {
    expect(interval('2024-10-22T05:30+09:00')).to.deep.equal([
      '2024-10-21T20:30:00.000Z',
      '2024-10-21T20:31:00.000Z',
      'minute',
    ]);
    expect(interval('2024-01-01T01:00:30+05:30')).to.deep.equal([
      '2023-12-31T19:30:30.000Z',
      '2023-12-31T19:30:31.000Z',
      'second',
    ]);
  });

  it('-00:00 and +00:00 are UTC', () => {
    expect(interval('2024-10-22T03:30-00:00')[0]).to.equal('2024-10-22T03:30:00.000Z');
    expect(interval('2024-10-22T03:30+00:00')[0]).to.equal('2024-10-22T03:30:00.000Z');
  });
});

describe('dates: years before 1970, year 0 and BCE', () => {
  it('1917-11-07 and 1066', () => {
    expect(interval('1917-11-07')).to.deep.equal(['1917-11-07T00:00:00.000Z', '1917-11-08T00:00:00.000Z', 'day']);
    expect(interval('1066')).to.deep.equal(['1066-01-01T00:00:00.000Z', '1067-01-01T00:00:00.000Z', 'year']);
    expect(interval('1066-10-14')[0]).to.equal('1066-10-14T00:00:00.000Z');
  });

  it('years 0–99 are not mapped to 1900–1999', () => {
    expect(interval('0050-06')).to.deep.equal(['0050-06-01T00:00:00.000Z', '0050-07-01T00:00:00.000Z', 'month']);
    expect(interval('0099-12-31T23:59Z')).to.deep.equal([
      '0099-12-31T23:59:00.000Z',
      '0100-01-01T00:00:00.000Z',
      'minute',
    ]);
    expect(interval('0001')[0]).to.equal('0001-01-01T00:00:00.000Z');
  });

  it('year 0000 is 1 BCE, a leap year', () => {
    expect(interval('0000')).to.deep.equal(['0000-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z', 'year']);
    expect(interval('0000-02-29')[0]).to.equal('0000-02-29T00:00:00.000Z');
    expect(interval('-0000')[0]).to.equal('0000-01-01T00:00:00.000Z');
  });

  it('-0043-03-15 is the Ides of March of 44 BCE', () => {
    expect(interval('-0043-03-15')).to.deep.equal([
      '-000043-03-15T00:00:00.000Z',
      '-000043-03-16T00:00:00.000Z',
      'day',
    ]);
  });

  it('-0001-12-31 ends where year 0000 starts', () => {
    expect(interval('-0001-12-31')).to.deep.equal(['-000001-12-31T00:00:00.000Z', '0000-01-01T00:00:00.000Z', 'day']);
  });

  it('BCE datetimes with offsets', () => {
    expect(interval('-0043-03-15T11:00+01:00')[0]).to.equal('-000043-03-15T10:00:00.000Z');
  });
});

describe('dates: expanded years and the Date range', () => {
  it('+010000 and signed 4-digit years', () => {
    expect(interval('+010000')).to.deep.equal(['+010000-01-01T00:00:00.000Z', '+010001-01-01T00:00:00.000Z', 'year']);
    expect(interval('+2024')).to.deep.equal(interval('2024'));
    expect(interval('+002024-06-19')[0]).to.equal('2024-06-19T00:00:00.000Z');
    expect(interval('-012345-06')[0]).to.equal('-012345-06-01T00:00:00.000Z');
  });

  it('accepts the first and last days JavaScript can represent', () => {
    expect(interval('-271821-04-20')[0]).to.equal('-271821-04-20T00:00:00.000Z');
    expect(parseIsoDate('-271821-04-20').ok && parseIsoDate('-271821-04-20')).to.include({start: -8.64e15});
    expect(interval('+275760-09-12')[1]).to.equal('+275760-09-13T00:00:00.000Z');
  });

  it('rejects well-formed dates outside the Date range with date-range', () => {
    for (const text of ['-271821-04-19', '-271821', '+275760-09-13', '+275760', '+999999', '-999999-12-31T23:59Z']) {
      const error = parseError(text);
      expect(error.code, text).to.equal('date-range');
      expect(error.path, text).to.equal('');
      expect(error.message, text).to.contain(JSON.stringify(text));
    }
  });
});

describe('dates: ISO weeks', () => {
  it('2020-W53 runs from 2020-12-28 to 2021-01-04', () => {
    expect(interval('2020-W53')).to.deep.equal(['2020-12-28T00:00:00.000Z', '2021-01-04T00:00:00.000Z', 'week']);
  });

  it('2026-W01 starts on 2025-12-29, 2026-W53 exists', () => {
    expect(interval('2026-W01')[0]).to.equal('2025-12-29T00:00:00.000Z');
    expect(interval('2026-W53')).to.deep.equal(['2026-12-28T00:00:00.000Z', '2027-01-04T00:00:00.000Z', 'week']);
  });

  it('2015-W53 and 2004-W53 are valid', () => {
    expect(interval('2015-W53')).to.deep.equal(['2015-12-28T00:00:00.000Z', '2016-01-04T00:00:00.000Z', 'week']);
    expect(interval('2004-W53')).to.deep.equal(['2004-12-27T00:00:00.000Z', '2005-01-03T00:00:00.000Z', 'week']);
  });

  it('2021-W53 and 2023-W53 are calendar errors', () => {
    expect(parseError('2021-W53')).to.deep.equal({
      code: 'date-calendar',
      path: '',
      message: '"2021-W53" is not a calendar date: ISO year 2021 has 52 weeks',
    });
    expect(parseError('2023-W53').code).to.equal('date-calendar');
  });

  it('isoWeeksInYear: the 53-week years of 2000–2040', () => {
    const long: number[] = [];
    for (let y = 2000; y <= 2040; y++) if (isoWeeksInYear(y) === 53) long.push(y);
    expect(long).to.deep.equal([2004, 2009, 2015, 2020, 2026, 2032, 2037]);
  });

  it('isoWeeksInYear agrees with Date for years -500..2500 (53 weeks iff Dec 28 is in week 53)', () => {
    const bad: number[] = [];
    for (let y = -500; y <= 2500; y++) {
      // Independent computation with Date: Jan 1 on a Thursday, or on a Wednesday in a leap year.
      const jan1 = new Date(0);
      jan1.setUTCFullYear(y, 0, 1);
      const feb29 = new Date(0);
      feb29.setUTCFullYear(y, 1, 29);
      const leap = feb29.getUTCMonth() === 1;
      const weekday = jan1.getUTCDay();
      const expected = weekday === 4 || (leap && weekday === 3) ? 53 : 52;
      if (isoWeeksInYear(y) !== expected) bad.push(y);
    }
    expect(bad).to.deep.equal([]);
  });

  it('isoWeekStart: week 1 is the Monday week holding January 4, for years -500..2500', () => {
    const bad: number[] = [];
    for (let y = -500; y <= 2500; y++) {
      const start = isoWeekStart(y, 1);
      const jan4 = new Date(0);
      jan4.setUTCFullYear(y, 0, 4);
      if (
        start === null ||
        new Date(start).getUTCDay() !== 1 ||
        !(start <= jan4.getTime() && jan4.getTime() < start + 7 * DAY)
      )
        bad.push(y);
    }
    expect(bad).to.deep.equal([]);
  });

  it('isoWeekStart: exact values and null outside the year', () => {
    expect(iso(isoWeekStart(2026, 1) ?? NaN)).to.equal('2025-12-29T00:00:00.000Z');
    expect(iso(isoWeekStart(2020, 53) ?? NaN)).to.equal('2020-12-28T00:00:00.000Z');
    expect(iso(isoWeekStart(2009, 1) ?? NaN)).to.equal('2008-12-29T00:00:00.000Z');
    expect(isoWeekStart(2021, 53)).to.equal(null);
    expect(isoWeekStart(2020, 54)).to.equal(null);
    expect(isoWeekStart(2020, 0)).to.equal(null);
    expect(isoWeekStart(2020, 1.5)).to.equal(null);
    expect(isoWeekStart(NaN, 1)).to.equal(null);
    expect(isoWeekStart(1e9, 1)).to.equal(null);
  });
});

describe('dates: leap years and calendar errors', () => {
  it('2024-02-29 and 2000-02-29 are valid', () => {
    expect(interval('2024-02-29')[0]).to.equal('2024-02-29T00:00:00.000Z');
    expect(interval('2000-02-29')[0]).to.equal('2000-02-29T00:00:00.000Z');
    expect(interval('-0044-02-29')[0]).to.equal('-000044-02-29T00:00:00.000Z');
    expect(interval('-0400-02-29')[0]).to.equal('-000400-02-29T00:00:00.000Z');
  });

  it('2024-02-30 is not rolled over', () => {
    expect(parseError('2024-02-30')).to.deep.equal({
      code: 'date-calendar',
      path: '',
      message: '"2024-02-30" is not a calendar date: February 2024 has 29 days',
    });
  });

  it('2023-02-29, 2100-02-29, 1900-02-29, -0043-02-29 and -0100-02-29 are not leap days', () => {
    expect(parseError('2023-02-29').message).to.equal('"2023-02-29" is not a calendar date: February 2023 has 28 days');
    expect(parseError('2100-02-29').message).to.equal('"2100-02-29" is not a calendar date: February 2100 has 28 days');
    expect(parseError('1900-02-29').code).to.equal('date-calendar');
    expect(parseError('-0043-02-29').message).to.equal(
      '"-0043-02-29" is not a calendar date: February 44 BCE has 28 days',
    );
    expect(parseError('-0100-02-29').code).to.equal('date-calendar');
  });

  it('30-day months have no day 31, also with a time', () => {
    expect(parseError('2024-04-31').message).to.equal('"2024-04-31" is not a calendar date: April 2024 has 30 days');
    expect(parseError('2024-11-31T10:00Z').code).to.equal('date-calendar');
  });
});

describe('dates: syntax errors', () => {
  it('out-of-range fields are syntax errors with a readable message', () => {
    expect(parseError('2024-13')).to.deep.equal({
      code: 'date-syntax',
      path: '',
      message: '"2024-13" is not an ISO 8601 date: month 13 does not exist (months are 01 to 12)',
    });
    expect(parseError('2024-01-32').message).to.equal(
      '"2024-01-32" is not an ISO 8601 date: day 32 does not exist (days are 01 to 31)',
    );
    expect(parseError('2024-W54').message).to.equal(
      '"2024-W54" is not an ISO 8601 date: week 54 does not exist (weeks are 01 to 53)',
    );
    expect(parseError('2024-10-22T24:00Z').message).to.equal(
      '"2024-10-22T24:00Z" is not an ISO 8601 date: hour 24 does not exist (hours are 00 to 23)',
    );
  });

  it('a datetime without Z or offset is read as UTC, with a date-no-offset warning saying so', () => {
    const result = parseIsoDate('2024-10-21T22:30');
    expect(result).to.deep.equal({
      ok: true,
      start: Date.parse('2024-10-21T22:30:00Z'),
      end: Date.parse('2024-10-21T22:31:00Z'),
      precision: 'minute',
      warning: {
        code: 'date-no-offset',
        path: '',
        message:
          '"2024-10-21T22:30" gives a time without a UTC offset: it is read as UTC (2024-10-21T22:30Z); add the offset (e.g. 2024-10-21T22:30+02:00) if it is a local time',
      },
    });
    expect(interval('2024-10-21T22:30:05.123')).to.deep.equal([
      '2024-10-21T22:30:05.123Z',
      '2024-10-21T22:30:06.123Z',
      'second',
    ]);
    // with Z or an offset: no warning
    expect(parseIsoDate('2024-10-21T22:30Z')).to.not.have.property('warning');
    expect(parseIsoDate('2024-10-21T22:30-04:00')).to.not.have.property('warning');
    expect(parseIsoDate('2024-10-21')).to.not.have.property('warning');
  });

  it('resolveDateSpec carries the warning, for a string (cached or not) and for a date object (at /date)', () => {
    for (let pass = 0; pass < 2; pass++) {
      const result = resolveDateSpec('2024-10-21T22:30');
      expect(result.ok && result.value.start).to.equal(Date.parse('2024-10-21T22:30:00Z'));
      expect(result.ok && result.warning).to.include({code: 'date-no-offset', path: ''});
    }
    const object = resolveDateSpec({date: '2024-10-21T22:30', approximate: true});
    expect(object.ok && object.value).to.include({
      start: Date.parse('2024-10-21T22:30:00Z'),
      precision: 'minute',
      approximate: true,
    });
    expect(object.ok && object.warning).to.include({code: 'date-no-offset', path: '/date'});
    expect(resolveDateSpec({date: '2024-10-21T22:30Z'})).to.not.have.property('warning');
  });

  it('rejects everything outside the grammar', () => {
    const bad = [
      '',
      ' 2024',
      '2024 ',
      '24',
      '202',
      '20245',
      '+024',
      '+0000000',
      '2024-1',
      '2024-01-1',
      '2024-00',
      '2024-01-00',
      '2024-W00',
      '2024-W1',
      '2024-w01',
      '2024-W01-1',
      '2024-10-22T23:60Z',
      '2024-10-22T23:59:60Z',
      '2024-10-22 22:30Z',
      '2024-10-22t22:30Z',
      '2024-10-22T22:30z',
      '2024-10-22T22Z',
      '2024-10-22T22:30:00.1234Z',
      '2024-10-22T22:30:00.Z',
      '2024-10-22T22:30+0400',
      '2024-10-22T22:30+24:00',
      '2024-10-22T22:30+04:60',
      '2024-10-22T22:30+04',
      '2024-10-22T',
      '2024-10-22Z',
      '2024-06-',
      '2024-',
      '２０２４',
      '2024/10/22',
      '22-10-2024',
      'T22:30Z',
      'abc',
      '2024-10-22T22:30Z ',
    ];
    for (const text of bad) {
      const error = parseError(text);
      expect(error.code, text).to.equal('date-syntax');
      expect(error.path, text).to.equal('');
      expect(error.message, text).to.contain(JSON.stringify(text));
    }
  });

  it('non-strings are syntax errors, not exceptions', () => {
    expect(parseIsoDate(42 as unknown as string)).to.deep.equal({
      ok: false,
      error: {code: 'date-syntax', path: '', message: 'a date must be an ISO 8601 string, not 42'},
    });
    expect(parseIsoDate(null as unknown as string).ok).to.equal(false);
  });

  it('very long input is quoted shortened in the message', () => {
    const error = parseError(`2024${'x'.repeat(10_000)}`);
    expect(error.code).to.equal('date-syntax');
    expect(error.message.length).to.be.below(300);
  });
});

describe('dates: the scanner agrees with the schema pattern', () => {
  let pattern: RegExp;
  before(async () => {
    const schema = (await (await fetch('/data/frise-feed.schema.json')).json()) as {
      $defs: {isoDate: {pattern: string}};
    };
    pattern = new RegExp(schema.$defs.isoDate.pattern, 'u');
  });

  /** The pattern accepts exactly the strings that parse, or fail only on the calendar or the Date range. */
  function disagreement(text: string): string | null {
    const result = parseIsoDate(text);
    const scannerAccepts = result.ok || result.error.code !== 'date-syntax';
    return scannerAccepts === pattern.test(text)
      ? null
      : `${JSON.stringify(text)}: pattern ${pattern.test(text)}, scanner ${scannerAccepts}`;
  }

  it('on hand-picked strings', () => {
    const samples = [
      '2024',
      '0000',
      '-0043',
      '+010000',
      '-999999',
      '+9999999',
      '2024-06',
      '2024-W53',
      '2021-W53',
      '2024-02-30',
      '2024-10-21T22:30-04:00',
      '2024-10-22T03:30Z',
      '2024-10-22T03:30:15.123Z',
      '2024-10-22T03:30:15.1234Z',
      '2024-10-22T24:00Z',
      '2024-13',
      '2024-W54',
      '2024-10-21T22:30',
      '+999999-12-31T23:59:59.999+23:59',
    ];
    expect(samples.map(disagreement).filter((d) => d !== null)).to.deep.equal([]);
  });

  it('on 30,000 random mutations of valid dates (seeded)', () => {
    let seed = 0x5eed;
    const random = () => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const bases = [
      '2024',
      '-0043-03-15',
      '+010000-06',
      '2020-W53',
      '2024-02-29',
      '2024-10-21T22:30-04:00',
      '2024-10-22T03:30:15.123Z',
      '1917-11-07T06:00:00+03:00',
    ];
    const alphabet = '0123456789012345-+:.TWZtz x';
    const found: string[] = [];
    for (let k = 0; k < 30_000 && found.length < 5; k++) {
      let text = pick(bases);
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * (text.length + 1));
        const op = random();
        const ch = pick([...alphabet]);
        text =
          op < 0.5
            ? text.slice(0, at) + ch + text.slice(at + 1)
            : op < 0.8
              ? text.slice(0, at) + ch + text.slice(at)
              : text.slice(0, at) + text.slice(at + 1);
      }
      const d = disagreement(text);
      if (d) found.push(d);
    }
    expect(found).to.deep.equal([]);
  });
});

describe('dates: resolveDateSpec', () => {
  it('a string spec is exact, not approximate, not relative, verified, without wording', () => {
    const value = resolved('2024-10-18');
    expect(value).to.deep.equal({
      start: Date.parse('2024-10-18T00:00:00Z'),
      end: Date.parse('2024-10-19T00:00:00Z'),
      precision: 'day',
      approximate: false,
      relative: false,
      verified: true,
    });
    expect('wording' in value).to.equal(false);
  });

  it('an object spec copies approximate, verified: false and wording', () => {
    const wording = {fr: 'vers le 19 juin', en: 'around June 19'};
    const value = resolved({date: '2024-06-19', approximate: true, verified: false, wording});
    expect(value).to.deep.equal({
      start: Date.parse('2024-06-19T00:00:00Z'),
      end: Date.parse('2024-06-20T00:00:00Z'),
      precision: 'day',
      approximate: true,
      relative: false,
      verified: false,
      wording,
    });
  });

  it('verified is false only for verified: false', () => {
    expect(resolved({date: '2024'}).verified).to.equal(true);
    expect(resolved({date: '2024', verified: true}).verified).to.equal(true);
    expect(resolved({date: '2024', verified: false}).verified).to.equal(false);
  });

  it('errors of a string spec have the path ""; of an object spec, "/date"', () => {
    expect(errorOf('2024-02-30')).to.deep.equal({
      code: 'date-calendar',
      path: '',
      message: '"2024-02-30" is not a calendar date: February 2024 has 29 days',
    });
    expect(errorOf({date: '2024-02-30'})).to.deep.equal({
      code: 'date-calendar',
      path: '/date',
      message: '"2024-02-30" is not a calendar date: February 2024 has 29 days',
    });
    expect(errorOf({date: '2024-13'})).to.include({code: 'date-syntax', path: '/date'});
    expect(errorOf({date: '+999999'})).to.include({code: 'date-range', path: '/date'});
    expect(errorOf({date: 2024})).to.deep.equal({
      code: 'date-syntax',
      path: '/date',
      message: '"date" must be an ISO 8601 string, not 2024',
    });
  });

  it('an object needs exactly one of date and relative', () => {
    expect(errorOf({})).to.include({code: 'date-syntax', path: ''});
    expect(errorOf({approximate: true})).to.include({code: 'date-syntax', path: ''});
    const both = errorOf({date: '2024', relative: {unit: 'day', offset: 0}}, resolved('2024-10-22'));
    expect(both).to.deep.equal({
      code: 'date-syntax',
      path: '',
      message: 'a date object takes "date" or "relative", not both',
    });
  });

  it('specs that are neither strings nor objects are syntax errors at ""', () => {
    for (const spec of [null, undefined, 42, true, [], ['2024']]) {
      expect(errorOf(spec), String(spec)).to.include({code: 'date-syntax', path: ''});
    }
    expect(errorOf(null).message).to.equal(
      'a date must be an ISO 8601 string or an object with "date" or "relative", not null',
    );
  });

  it('malformed relative dates are syntax errors at their own path', () => {
    const anchor = resolved('2024-10-22');
    expect(errorOf({relative: 'last week'}, anchor)).to.include({code: 'date-syntax', path: '/relative'});
    expect(errorOf({relative: {unit: 'fortnight', offset: 1}}, anchor)).to.deep.equal({
      code: 'date-syntax',
      path: '/relative/unit',
      message: 'the unit of a relative date is "day", "week", "month" or "year", not "fortnight"',
    });
    expect(errorOf({relative: {unit: 'day', offset: 1.5}}, anchor)).to.include({
      code: 'date-syntax',
      path: '/relative/offset',
    });
    expect(errorOf({relative: {unit: 'day', offset: '1'}}, anchor)).to.include({
      code: 'date-syntax',
      path: '/relative/offset',
    });
    expect(errorOf({relative: {unit: 'day'}}, anchor)).to.include({code: 'date-syntax', path: '/relative/offset'});
  });

  it('never throws, whatever the input', () => {
    const hostile = {
      get date(): string {
        throw new Error('boom');
      },
    };
    expect(errorOf(hostile)).to.include({code: 'date-syntax', path: ''});
    const anchor = resolved('2024-10-22');
    for (const offset of [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e300, Infinity, NaN, -0]) {
      for (const unit of ['day', 'week', 'month', 'year']) {
        const result = resolveDateSpec({relative: {unit: unit as 'day', offset}}, anchor);
        if (result.ok)
          expect(
            Number.isFinite(result.value.start) && Number.isFinite(result.value.end),
            `${unit} ${offset}`,
          ).to.equal(true);
      }
    }
    expect(resolveDateSpec({relative: {unit: 'day', offset: 1}}, {...anchor, start: NaN}).ok).to.equal(false);
    expect(resolveDateSpec({relative: {unit: 'day', offset: 1}}, null as unknown as ResolvedDate).ok).to.equal(false);
    expect(resolveDateSpec(Symbol('x') as unknown as string).ok).to.equal(false);
  });
});

describe('dates: precision coarsening and refusal', () => {
  it('a day coarsened to month, week and year', () => {
    expect(span({date: '2024-06-19', precision: 'month'})).to.deep.equal([
      '2024-06-01T00:00:00.000Z',
      '2024-07-01T00:00:00.000Z',
      'month',
    ]);
    expect(span({date: '2024-06-19', precision: 'week'})).to.deep.equal([
      '2024-06-17T00:00:00.000Z',
      '2024-06-24T00:00:00.000Z',
      'week',
    ]);
    expect(span({date: '2024-06-19', precision: 'year'})).to.deep.equal([
      '2024-01-01T00:00:00.000Z',
      '2025-01-01T00:00:00.000Z',
      'year',
    ]);
  });

  it('the same precision leaves the interval as it is', () => {
    expect(span({date: '2024-06-19', precision: 'day'})).to.deep.equal([
      '2024-06-19T00:00:00.000Z',
      '2024-06-20T00:00:00.000Z',
      'day',
    ]);
    expect(span({date: '2024-10-22T03:30:15.5Z', precision: 'second'})[0]).to.equal('2024-10-22T03:30:15.500Z');
  });

  it('datetimes coarsen in UTC: to the hour, the day, the minute', () => {
    expect(span({date: '2024-10-21T22:30-04:00', precision: 'hour'})).to.deep.equal([
      '2024-10-22T02:00:00.000Z',
      '2024-10-22T03:00:00.000Z',
      'hour',
    ]);
    expect(span({date: '2024-10-21T22:30-04:00', precision: 'day'})).to.deep.equal([
      '2024-10-22T00:00:00.000Z',
      '2024-10-23T00:00:00.000Z',
      'day',
    ]);
    expect(span({date: '2024-10-22T03:30:15.5Z', precision: 'minute'})).to.deep.equal([
      '2024-10-22T03:30:00.000Z',
      '2024-10-22T03:31:00.000Z',
      'minute',
    ]);
  });

  it('an ISO week coarsens to the month and year of its Thursday', () => {
    expect(span({date: '2026-W01', precision: 'year'})).to.deep.equal([
      '2026-01-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
      'year',
    ]);
    expect(span({date: '2026-W01', precision: 'month'})).to.deep.equal([
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      'month',
    ]);
    expect(span({date: '2020-W53', precision: 'year'})[0]).to.equal('2020-01-01T00:00:00.000Z');
    expect(span({date: '2025-W01', precision: 'month'})[0]).to.equal('2025-01-01T00:00:00.000Z');
  });

  it('BCE dates coarsen too', () => {
    expect(span({date: '-0043-03-15', precision: 'month'})).to.deep.equal([
      '-000043-03-01T00:00:00.000Z',
      '-000043-04-01T00:00:00.000Z',
      'month',
    ]);
  });

  it('refuses to refine a date', () => {
    expect(errorOf({date: '2024-06', precision: 'day'})).to.deep.equal({
      code: 'date-precision',
      path: '/precision',
      message: 'precision "day" is finer than the date "2024-06", which is only given to the month',
    });
    expect(errorOf({date: '2024-06', precision: 'week'})).to.include({code: 'date-precision', path: '/precision'});
    expect(errorOf({date: '2024', precision: 'month'})).to.include({code: 'date-precision', path: '/precision'});
    expect(errorOf({date: '2024-W25', precision: 'day'})).to.include({code: 'date-precision', path: '/precision'});
    expect(errorOf({date: '2024-10-22T03:30Z', precision: 'second'})).to.include({
      code: 'date-precision',
      path: '/precision',
    });
  });

  it('refuses unknown precisions', () => {
    expect(errorOf({date: '2024-06-19', precision: 'decade'})).to.deep.equal({
      code: 'date-precision',
      path: '/precision',
      message: '"decade" is not a precision (year, month, week, day, hour, minute or second)',
    });
    expect(errorOf({date: '2024-06-19', precision: 'toString'})).to.include({code: 'date-precision'});
  });
});

describe('dates: relative dates', () => {
  const anchor = resolved('2024-10-22'); // a Tuesday

  it('last week ("la semaine dernière") is the whole previous ISO week', () => {
    const value = resolved({relative: {unit: 'week', offset: -1}, wording: {fr: 'la semaine dernière'}}, anchor);
    expect([iso(value.start), iso(value.end), value.precision]).to.deep.equal([
      '2024-10-14T00:00:00.000Z',
      '2024-10-21T00:00:00.000Z',
      'week',
    ]);
    expect(value.relative).to.equal(true);
    expect(value.wording).to.deep.equal({fr: 'la semaine dernière'});
    expect(value.approximate).to.equal(false);
    expect(value.verified).to.equal(true);
  });

  it('day: today, in three days, yesterday', () => {
    expect(span({relative: {unit: 'day', offset: 0}}, anchor)).to.deep.equal([
      '2024-10-22T00:00:00.000Z',
      '2024-10-23T00:00:00.000Z',
      'day',
    ]);
    expect(span({relative: {unit: 'day', offset: 3}}, anchor)[0]).to.equal('2024-10-25T00:00:00.000Z');
    expect(span({relative: {unit: 'day', offset: -1}}, anchor)[0]).to.equal('2024-10-21T00:00:00.000Z');
  });

  it('week: in two weeks, and across a year end', () => {
    expect(span({relative: {unit: 'week', offset: 2}}, anchor)).to.deep.equal([
      '2024-11-04T00:00:00.000Z',
      '2024-11-11T00:00:00.000Z',
      'week',
    ]);
    expect(span({relative: {unit: 'week', offset: 0}}, resolved('2024-12-31'))).to.deep.equal([
      '2024-12-30T00:00:00.000Z',
      '2025-01-06T00:00:00.000Z',
      'week',
    ]);
    // the anchor on a Sunday belongs to the week that started the Monday before
    expect(span({relative: {unit: 'week', offset: 0}}, resolved('2024-10-27'))[0]).to.equal('2024-10-21T00:00:00.000Z');
  });

  it('month: four months ago, in three months (next year)', () => {
    expect(span({relative: {unit: 'month', offset: -4}}, anchor)).to.deep.equal([
      '2024-06-01T00:00:00.000Z',
      '2024-07-01T00:00:00.000Z',
      'month',
    ]);
    expect(span({relative: {unit: 'month', offset: 3}}, anchor)).to.deep.equal([
      '2025-01-01T00:00:00.000Z',
      '2025-02-01T00:00:00.000Z',
      'month',
    ]);
  });

  it('month +1 from January 31 is February, -1 from March 31 is February', () => {
    expect(span({relative: {unit: 'month', offset: 1}}, resolved('2024-01-31'))).to.deep.equal([
      '2024-02-01T00:00:00.000Z',
      '2024-03-01T00:00:00.000Z',
      'month',
    ]);
    expect(span({relative: {unit: 'month', offset: -1}}, resolved('2023-03-31'))).to.deep.equal([
      '2023-02-01T00:00:00.000Z',
      '2023-03-01T00:00:00.000Z',
      'month',
    ]);
  });

  it('year: last year and next year', () => {
    expect(span({relative: {unit: 'year', offset: -1}}, anchor)).to.deep.equal([
      '2023-01-01T00:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
      'year',
    ]);
    expect(span({relative: {unit: 'year', offset: 1}}, anchor)).to.deep.equal([
      '2025-01-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
      'year',
    ]);
  });

  it('uses the anchor start in UTC, whatever its precision', () => {
    // 23:30 in New York on the 22nd is 03:30Z on the 23rd
    expect(span({relative: {unit: 'day', offset: 0}}, resolved('2024-10-22T23:30-04:00'))[0]).to.equal(
      '2024-10-23T00:00:00.000Z',
    );
    expect(span({relative: {unit: 'month', offset: 0}}, resolved('2024-10'))[0]).to.equal('2024-10-01T00:00:00.000Z');
    expect(span({relative: {unit: 'day', offset: -1}}, resolved('-0043-03-15'))[0]).to.equal(
      '-000043-03-14T00:00:00.000Z',
    );
  });

  it('precision may coarsen a relative date but not refine it', () => {
    expect(span({relative: {unit: 'day', offset: -1}, precision: 'month'}, anchor)).to.deep.equal([
      '2024-10-01T00:00:00.000Z',
      '2024-11-01T00:00:00.000Z',
      'month',
    ]);
    expect(span({relative: {unit: 'week', offset: -1}, precision: 'year'}, resolved('2021-01-05'))[0]).to.equal(
      '2020-01-01T00:00:00.000Z',
    );
    expect(errorOf({relative: {unit: 'week', offset: -1}, precision: 'day'}, anchor)).to.deep.equal({
      code: 'date-precision',
      path: '/precision',
      message: 'precision "day" is finer than the unit of the relative date, week',
    });
  });

  it('a relative date without anchor is a date-relative-anchor error at /relative', () => {
    expect(errorOf({relative: {unit: 'week', offset: -1}})).to.deep.equal({
      code: 'date-relative-anchor',
      path: '/relative',
      message: 'a relative date (-1 week) needs the feed\'s "published" date, and the feed has none',
    });
  });

  it('a relative date outside the Date range is a date-range error at /relative', () => {
    expect(errorOf({relative: {unit: 'year', offset: 300_000}}, anchor)).to.include({
      code: 'date-range',
      path: '/relative',
    });
    expect(errorOf({relative: {unit: 'day', offset: -100_100_000}}, anchor)).to.include({
      code: 'date-range',
      path: '/relative',
    });
  });
});

describe('dates: resolveEventInterval', () => {
  it('spans from the start of the start date to the end of the end date', () => {
    const result = resolveEventInterval(resolved('2024-06-15'), resolved('2024-06'));
    expect(result).to.deep.equal({
      ok: true,
      start: Date.parse('2024-06-15T00:00:00Z'),
      end: Date.parse('2024-07-01T00:00:00Z'),
    });
  });

  it('without an end, is the start date interval', () => {
    expect(resolveEventInterval(resolved('2024-W42'))).to.deep.equal({
      ok: true,
      start: Date.parse('2024-10-14T00:00:00Z'),
      end: Date.parse('2024-10-21T00:00:00Z'),
    });
  });

  it('accepts an end that overlaps the start', () => {
    const result = resolveEventInterval(resolved('2024-06-15T10:00Z'), resolved('2024-06-15'));
    expect(result).to.deep.equal({
      ok: true,
      start: Date.parse('2024-06-15T10:00:00Z'),
      end: Date.parse('2024-06-16T00:00:00Z'),
    });
  });

  it('an end that ends before or when the start begins is a date-range error at /end', () => {
    expect(resolveEventInterval(resolved('2024-06-15'), resolved('2024-06-14'))).to.deep.equal({
      ok: false,
      error: {
        code: 'date-range',
        path: '/end',
        message:
          "the end date ends at 2024-06-15T00:00:00.000Z, which is not after the start date's start, 2024-06-15T00:00:00.000Z",
      },
    });
    const before = resolveEventInterval(resolved('2024'), resolved('2023-12-31T23:59Z'));
    expect(before.ok === false && before.error).to.include({code: 'date-range', path: '/end'});
  });

  it('reports non-finite bounds instead of returning NaN', () => {
    const good = resolved('2024');
    expect(resolveEventInterval({...good, start: NaN})).to.include({ok: false});
    expect(resolveEventInterval(good, {...good, end: Infinity})).to.deep.include({ok: false});
  });
});

describe('dates: addUnits', () => {
  const at = (text: string) => Date.parse(text);

  it('adds days and weeks', () => {
    expect(iso(addUnits(at('2024-02-28T12:00:00Z'), 'day', 2))).to.equal('2024-03-01T12:00:00.000Z');
    expect(iso(addUnits(at('2024-12-30T00:00:00Z'), 'week', 1))).to.equal('2025-01-06T00:00:00.000Z');
    expect(iso(addUnits(at('2024-01-03T00:00:00Z'), 'day', -3))).to.equal('2023-12-31T00:00:00.000Z');
  });

  it('clamps months and years to the end of a shorter month, keeping the time of day', () => {
    expect(iso(addUnits(at('2024-01-31T00:00:00Z'), 'month', 1))).to.equal('2024-02-29T00:00:00.000Z');
    expect(iso(addUnits(at('2023-01-31T08:15:00Z'), 'month', 1))).to.equal('2023-02-28T08:15:00.000Z');
    expect(iso(addUnits(at('2024-02-29T00:00:00Z'), 'year', 1))).to.equal('2025-02-28T00:00:00.000Z');
    expect(iso(addUnits(at('2024-02-29T00:00:00Z'), 'year', 4))).to.equal('2028-02-29T00:00:00.000Z');
    expect(iso(addUnits(at('2024-01-15T12:34:56.789Z'), 'month', -13))).to.equal('2022-12-15T12:34:56.789Z');
  });

  it('crosses year 0 and handles years before 100', () => {
    const june1 = parseIsoDate('0001-06-01');
    expect(june1.ok).to.equal(true);
    if (!june1.ok) return;
    expect(iso(addUnits(june1.start, 'year', -2))).to.equal('-000001-06-01T00:00:00.000Z');
    expect(iso(addUnits(june1.start, 'month', 7))).to.equal('0002-01-01T00:00:00.000Z');
  });

  it('returns NaN for non-finite input, non-integer counts, unknown units and results outside the Date range', () => {
    expect(addUnits(NaN, 'day', 1)).to.be.NaN;
    expect(addUnits(Infinity, 'month', 1)).to.be.NaN;
    expect(addUnits(0, 'day', 1.5)).to.be.NaN;
    expect(addUnits(0, 'month', 1e308)).to.be.NaN;
    expect(addUnits(0, 'year', 300_000)).to.be.NaN;
    expect(addUnits(0, 'fortnight' as 'day', 1)).to.be.NaN;
  });
});

describe('dates: floorToPrecision', () => {
  const t = Date.parse('2024-10-22T13:45:30.250Z'); // a Tuesday

  it('floors to every precision', () => {
    const floors = PRECISION_ORDER.map((p) => iso(floorToPrecision(t, p)));
    expect(floors).to.deep.equal([
      '2024-01-01T00:00:00.000Z',
      '2024-10-01T00:00:00.000Z',
      '2024-10-21T00:00:00.000Z',
      '2024-10-22T00:00:00.000Z',
      '2024-10-22T13:00:00.000Z',
      '2024-10-22T13:45:00.000Z',
      '2024-10-22T13:45:30.000Z',
    ]);
  });

  it('a Sunday floors to the Monday before, a Monday to itself', () => {
    expect(iso(floorToPrecision(Date.parse('2024-10-27T23:59:59Z'), 'week'))).to.equal('2024-10-21T00:00:00.000Z');
    expect(iso(floorToPrecision(Date.parse('2024-10-21T00:00:00Z'), 'week'))).to.equal('2024-10-21T00:00:00.000Z');
  });

  it('floors negative times (before 1970) down, not towards zero', () => {
    const t0 = Date.parse('1969-12-31T23:59:59.500Z');
    expect(iso(floorToPrecision(t0, 'second'))).to.equal('1969-12-31T23:59:59.000Z');
    expect(iso(floorToPrecision(t0, 'day'))).to.equal('1969-12-31T00:00:00.000Z');
    expect(iso(floorToPrecision(t0, 'week'))).to.equal('1969-12-29T00:00:00.000Z');
    expect(iso(floorToPrecision(t0, 'year'))).to.equal('1969-01-01T00:00:00.000Z');
  });

  it('years 0–99 and BCE', () => {
    const year50 = parseIsoDate('0050-06-15T12:00Z');
    const ides = parseIsoDate('-0043-03-15T12:00Z');
    if (!year50.ok || !ides.ok) throw new Error('fixtures must parse');
    expect(iso(floorToPrecision(year50.start, 'year'))).to.equal('0050-01-01T00:00:00.000Z');
    expect(iso(floorToPrecision(ides.start, 'month'))).to.equal('-000043-03-01T00:00:00.000Z');
  });

  it('returns NaN for non-finite input, unknown precisions and floors outside the Date range', () => {
    expect(floorToPrecision(NaN, 'day')).to.be.NaN;
    expect(floorToPrecision(1e300, 'day')).to.be.NaN;
    expect(floorToPrecision(0, 'decade' as Precision)).to.be.NaN;
    expect(floorToPrecision(-8.64e15, 'year')).to.be.NaN;
    expect(iso(floorToPrecision(-8.64e15, 'day'))).to.equal('-271821-04-20T00:00:00.000Z');
  });
});

// Speed is measured by the benchmark (npm run bench), never by timed unit tests: this checks only
// that a large mixed batch resolves without a single failure.
describe('dates: large batches', () => {
  it('resolves 100,000 mixed date specs, every one to a non-empty interval', () => {
    const anchor = resolved('2024-10-22');
    let checksum = 0;
    for (let k = 0; k < 100_000; k++) {
      const day = String(1 + (k % 28)).padStart(2, '0');
      const month = String(1 + (k % 12)).padStart(2, '0');
      let spec: FriseDateSpec;
      switch (k % 5) {
        case 0:
          spec = `${1900 + (k % 200)}-${month}-${day}`;
          break;
        case 1:
          spec = `2024-${month}-${day}T${String(k % 24).padStart(2, '0')}:30-04:00`;
          break;
        case 2:
          spec = {date: `${2000 + (k % 30)}-${month}`, approximate: true};
          break;
        case 3:
          spec = {relative: {unit: 'week', offset: -(k % 50)}};
          break;
        default:
          spec = {date: `${2000 + (k % 30)}-${month}-${day}`, precision: 'week'};
      }
      const result = resolveDateSpec(spec, anchor);
      if (result.ok && result.value.end > result.value.start) checksum += 1;
    }
    expect(checksum).to.equal(100_000);
  });
});

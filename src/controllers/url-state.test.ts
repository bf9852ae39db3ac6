import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_LIST_VALUES,
  MAX_TEXT_LENGTH,
  isPlainAnchor,
  readHash,
  writeHash,
  type TimelineUrlState,
} from './url-state.js';

// A fixed seed: CI gives the same verdict on every run. To explore other inputs, change it and run again;
// a failure prints the seed and the shrunk case.
fc.configureGlobal({seed: 20261203});

const utc = (year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0) => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
};

/** The hash's pairs as written, in order. */
const piecesOf = (hash: string) => hash.replace(/^#/, '').split('&').filter(Boolean);

describe('url-state: the hash format', () => {
  it('writes a state as short, readable pairs named after the key, in a fixed order', () => {
    const hash = writeHash('', 'nk', {
      query: 'troupes',
      hiddenKinds: ['denial', 'rumour'],
      window: [utc(2024, 10, 1), utc(2024, 11, 15, 12, 30)],
      selected: 'nis-12000-troops-report',
    });
    expect(hash).to.equal(
      '#nk.event=nis-12000-troops-report&nk.from=2024-10-01&nk.to=2024-11-15T12:30Z&nk.hide-kind=denial,rumour&nk.q=troupes',
    );
    expect(readHash(hash!, 'nk')).to.deep.equal({
      selected: 'nis-12000-troops-report',
      window: [utc(2024, 10, 1), utc(2024, 11, 15, 12, 30)],
      hiddenKinds: ['denial', 'rumour'],
      query: 'troupes',
    });
    // the hash as location.hash gives it or without its mark
    expect(readHash(hash!.slice(1), 'nk')).to.deep.equal(readHash(hash!, 'nk'));
    expect(writeHash('', 'k', {hiddenStatuses: ['denied'], hiddenActors: ['kr', 'nis'], window: [0, 1000]})).to.equal(
      '#k.from=1970-01-01&k.to=1970-01-01T00:00:01Z&k.hide-status=denied&k.hide-actor=kr,nis',
    );
  });

  it('writes times as short as exact: a day at midnight, else minutes, else seconds; from rounds down and to up', () => {
    const times = (from: number, to: number) => {
      const pairs = piecesOf(writeHash('', 'k', {window: [from, to]})!);
      return pairs.map((pair) => pair.slice(pair.indexOf('=') + 1));
    };
    expect(times(utc(2024, 6, 19), utc(2024, 6, 19, 14, 30))).to.deep.equal(['2024-06-19', '2024-06-19T14:30Z']);
    expect(times(utc(2024, 6, 19, 14, 30, 5), utc(2024, 12, 31, 23, 59, 59))).to.deep.equal([
      '2024-06-19T14:30:05Z',
      '2024-12-31T23:59:59Z',
    ]);
    // sub-second times: the window read back holds the one written, within a second of it
    const from = utc(2024, 6, 19, 14, 30, 5, 999);
    const to = utc(2024, 6, 19, 14, 30, 6, 1);
    expect(times(from, to)).to.deep.equal(['2024-06-19T14:30:05Z', '2024-06-19T14:30:07Z']);
    const back = readHash(writeHash('', 'k', {window: [from, to]})!, 'k').window!;
    expect(back[0])
      .to.be.at.most(from)
      .and.above(from - 1000);
    expect(back[1])
      .to.be.at.least(to)
      .and.below(to + 1000);
    // years outside 0000–9999 in ISO's expanded form (its + encoded: a + reads as a space)
    expect(times(utc(-500, 3, 1), utc(0, 1, 1))).to.deep.equal(['-000500-03-01', '0000-01-01']);
    expect(times(utc(9999, 12, 31), utc(12345, 1, 1))).to.deep.equal(['9999-12-31', '%2B012345-01-01']);
    expect(readHash('#k.from=-000500-03-01&k.to=%2B012345-01-01', 'k').window).to.deep.equal([
      utc(-500, 3, 1),
      utc(12345, 1, 1),
    ]);
  });

  it('keeps every other pair as written and in its place; its own pairs go where the first of them was', () => {
    const page = '#intro=1&b.event=other&a.q=old&flag&x=%ZZ&a.zoom=3&a.event=old&last=%E2%9C%93';
    const hash = writeHash(page, 'a', {selected: 'new', query: 'q'});
    expect(hash).to.equal('#intro=1&b.event=other&a.event=new&a.q=q&flag&x=%ZZ&a.zoom=3&last=%E2%9C%93');
    // another timeline's state is its own
    expect(readHash(hash!, 'b')).to.deep.equal({selected: 'other'});
    // an empty state removes this key's pairs only, and no pair left gives an empty hash
    expect(writeHash(hash!, 'a', {})).to.equal('#intro=1&b.event=other&flag&x=%ZZ&a.zoom=3&last=%E2%9C%93');
    expect(writeHash('#a.event=x&a.from=2024-01-01&a.to=2024-02-01', 'a', {})).to.equal('');
    expect(writeHash('', 'a', {})).to.equal('');
    expect(writeHash('#', 'a', {selected: 'x'})).to.equal('#a.event=x');
    // a key that contains a dot is not confused with another key's field
    const two = writeHash(writeHash('', 'a', {selected: 'x'})!, 'a.b', {selected: 'y'})!;
    expect(readHash(two, 'a')).to.deep.equal({selected: 'x'});
    expect(readHash(two, 'a.b')).to.deep.equal({selected: 'y'});
  });

  it('leaves a plain anchor alone: writeHash says so with null, and reads no state from it', () => {
    expect(isPlainAnchor('#section-2')).to.equal(true);
    expect(isPlainAnchor('section-2')).to.equal(true);
    expect(isPlainAnchor('')).to.equal(false);
    expect(isPlainAnchor('#')).to.equal(false);
    expect(isPlainAnchor('#a.event=x')).to.equal(false);
    expect(writeHash('#section-2', 'a', {selected: 'x'})).to.equal(null);
    expect(writeHash('#section-2', 'a', {})).to.equal(null);
    expect(readHash('#section-2', 'a')).to.deep.equal({});
    // a pair makes it a hash of pairs: a piece without = is then kept as written
    expect(writeHash('#section-2&p=1', 'a', {selected: 'x'})).to.equal('#section-2&p=1&a.event=x');
  });

  it('percent-encodes ids, actors and queries: spaces, & = # + , %, unicode and right-to-left text', () => {
    const state: TimelineUrlState = {
      selected: 'a b&c=d#e+f,g%h',
      hiddenActors: ['kr,nis', 'ك & ج', 'x\u202ey'],
      query: 'قوات كورية = «troupes» #1 +',
    };
    const hash = writeHash('#other=1', 'k', state)!;
    const own = hash.slice('#other=1&'.length);
    // nothing in the pairs that ends a value, a pair or the hash, nothing unencoded beyond ASCII
    expect(own.split('&')).to.have.length(3);
    expect(own).to.not.match(/[ #+\u0080-\uffff]/);
    expect(own.match(/=/g)).to.have.length(3);
    expect(own).to.include('k.event=a%20b%26c%3Dd%23e%2Bf%2Cg%25h');
    expect(own).to.include('k.hide-actor=kr%2Cnis,');
    expect(readHash(hash, 'k')).to.deep.equal(state);
    // what URLSearchParams writes reads the same (+ for a space), and : / @ stay readable
    expect(readHash('#k.q=two+words&k.event=https://x.org/a@b', 'k')).to.deep.equal({
      selected: 'https://x.org/a@b',
      query: 'two words',
    });
    expect(writeHash('', 'k', {selected: 'https://x.org/a@b'})).to.equal('#k.event=https://x.org/a@b');
    // a key is encoded like a value
    expect(writeHash('', 'a&b', {selected: 'x'})).to.equal('#a%26b.event=x');
    expect(readHash('#a%26b.event=x', 'a&b')).to.deep.equal({selected: 'x'});
  });

  it('writes no field that would not read back the same', () => {
    const lone = 'id\ud800';
    expect(writeHash('', 'k', {selected: lone, query: 'ok'})).to.equal('#k.q=ok');
    expect(writeHash('', 'k', {hiddenActors: ['a', lone]})).to.equal('');
    expect(writeHash('', 'k\udc00', {selected: 'x'})).to.equal('');
    expect(writeHash('', 'k', {selected: '', query: '', hiddenKinds: []})).to.equal('');
    expect(writeHash('', 'k', {selected: 'x'.repeat(MAX_TEXT_LENGTH + 1)})).to.equal('');
    const many = Array.from({length: MAX_LIST_VALUES + 1}, (_, i) => `a${i}`);
    expect(writeHash('', 'k', {hiddenActors: many})).to.equal('');
    expect(readHash(writeHash('', 'k', {hiddenActors: many.slice(1)})!, 'k').hiddenActors).to.have.length(
      MAX_LIST_VALUES,
    );
    // repeats are written once
    expect(writeHash('', 'k', {hiddenKinds: ['denial', 'denial', 'report']})).to.equal('#k.hide-kind=denial,report');
    for (const window of [
      [NaN, 1],
      [0, Infinity],
      [-1e300, 1e300],
      [5000, 1000],
      [1000, 1000],
      [8.64e15, 8.64e15 + 1000],
    ]) {
      expect(writeHash('', 'k', {window: window as [number, number]}), String(window)).to.equal('');
    }
    const hostile = {selected: 42, window: 'soon', hiddenKinds: 'denial', query: {}} as unknown as TimelineUrlState;
    expect(writeHash('#a=1', 'k', hostile)).to.equal('#a=1');
  });

  it('reads garbage field by field, never throwing: each bad field is left out, the others kept', () => {
    const read = (pairs: string) => readHash(`#k.event=kept&${pairs}`, 'k');
    for (const window of [
      'k.from=banana&k.to=2024-01-01',
      'k.from=2024-02-01&k.to=2024-01-01',
      'k.from=2024-01-01&k.to=2024-01-01',
      'k.from=1e300&k.to=2024-01-01',
      'k.from=-1e300&k.to=1e300',
      'k.from=2024-02-30&k.to=2024-03-01',
      'k.from=2023-02-29&k.to=2024-03-01',
      'k.from=2024-01-01T24:00Z&k.to=2024-03-01',
      'k.from=2024-01-01T12:00&k.to=2024-03-01',
      'k.from=-000000-01-01&k.to=2024-03-01',
      'k.from=%2B275761-01-01&k.to=%2B275762-01-01',
      'k.from=2024-01-01',
      'k.to=2024-01-01',
      'k.from=%E0%A4%A&k.to=2024-01-01',
    ]) {
      expect(read(window), window).to.deep.equal({selected: 'kept'});
    }
    expect(read('k.from=2024-02-29&k.to=2024-03-01T00:00:30Z').window).to.deep.equal([
      utc(2024, 2, 29),
      utc(2024, 3, 1, 0, 0, 30),
    ]);
    expect(read('k.q=%E0%A4%A')).to.deep.equal({selected: 'kept'});
    expect(read('k.hide-kind=denial,%ZZ')).to.deep.equal({selected: 'kept'});
    expect(read('k.hide-kind=,denial,,report,denial,')).to.deep.equal({
      selected: 'kept',
      hiddenKinds: ['denial', 'report'],
    });
    expect(read('k.hide-kind=,,&k.q=')).to.deep.equal({selected: 'kept'});
    // the first of a repeated name counts
    expect(readHash('#k.event=first&k.event=second', 'k')).to.deep.equal({selected: 'first'});
    expect(readHash('#k.event=&k.event=second', 'k')).to.deep.equal({});
    for (const hostile of ['', '#', '&&&', '=', '#=&=', '#k.=x', '#k.event', '#%', '#k.event=%', 'k%2Eevent=x']) {
      expect(() => readHash(hostile, 'k'), hostile).to.not.throw();
    }
    // an encoded name is read decoded
    expect(readHash('#k%2Eevent=x', 'k')).to.deep.equal({selected: 'x'});
    expect(readHash(42 as unknown as string, 'k')).to.deep.equal({});
  });

  it(`ignores a list of more than ${MAX_LIST_VALUES} values and a text of more than ${MAX_TEXT_LENGTH} characters, quickly, in a 100 KB hash`, () => {
    const values = Array.from({length: 5000}, (_, i) => `actor-${i}`).join(',');
    const long = 'x'.repeat(100_000);
    const hash = `#k.hide-actor=${values}&k.q=${long}&k.event=${long}&k.hide-kind=${long}&k.hide-status=denied&k.from=${long}&k.to=2024-01-01`;
    expect(hash.length).to.be.above(400_000);
    const started = performance.now();
    const state = readHash(hash, 'k');
    const elapsed = performance.now() - started;
    expect(state).to.deep.equal({hiddenStatuses: ['denied']});
    expect(elapsed).to.be.below(50);
    const atCap = Array.from({length: MAX_LIST_VALUES}, (_, i) => `a${i}`);
    expect(readHash(`#k.hide-actor=${atCap.join(',')}`, 'k').hiddenActors).to.deep.equal(atCap);
    expect(readHash(`#k.hide-actor=${[...atCap, 'one-more'].join(',')}`, 'k')).to.deep.equal({});
    expect(readHash(`#k.q=${'é'.repeat(MAX_TEXT_LENGTH)}`, 'k').query).to.have.length(MAX_TEXT_LENGTH);
    expect(readHash(`#k.q=${encodeURIComponent('é'.repeat(MAX_TEXT_LENGTH))}`, 'k').query).to.have.length(
      MAX_TEXT_LENGTH,
    );
    expect(readHash(`#k.q=${'é'.repeat(MAX_TEXT_LENGTH + 1)}`, 'k')).to.deep.equal({});
  });
});

// ---- properties ---------------------------------------------------------------------------------

/** Texts that test the encoding: any code point (never half a surrogate pair), or the characters that matter. */
const text = fc.oneof(
  fc.string({unit: 'binary', minLength: 1, maxLength: 24}),
  fc.string({
    unit: fc.constantFrom('&', '=', '#', '+', ',', '%', '%2C', '.', ' ', ':', '/', '?', 'a', 'é', 'ع', '\u202e', '😀'),
    minLength: 1,
    maxLength: 12,
  }),
);
const list = fc.uniqueArray(text, {minLength: 1, maxLength: 8});
/** Whole seconds within the range a Date holds. */
const second = fc.integer({min: -8.64e12, max: 8.64e12 - 1}).map((s) => s * 1000);
const window = fc
  .tuple(second, second)
  .filter(([a, b]) => a !== b)
  .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));

/** A state every field of which is valid: what the codec must give back exactly. */
const validState: fc.Arbitrary<TimelineUrlState> = fc.record(
  {
    selected: text,
    window,
    hiddenKinds: list,
    hiddenStatuses: list,
    hiddenActors: list,
    query: text,
  },
  {requiredKeys: []},
);

/** A page's own pieces: anything without an &. */
const pagePiece = fc.string({unit: 'binary', minLength: 1, maxLength: 16}).filter((piece) => !piece.includes('&'));

describe('url-state: properties', () => {
  it('reads back any valid state it wrote, whatever the key and the other pairs', () => {
    fc.assert(
      fc.property(text, validState, fc.array(pagePiece, {maxLength: 4}), (key, state, page) => {
        const before = `#p=1&${page.join('&')}`;
        const hash = writeHash(before, key, state);
        expect(hash).to.be.a('string');
        expect(readHash(hash!, key)).to.deep.equal(state);
      }),
    );
  });

  it('leaves another key’s pairs and the page’s own exactly as they were, in order', () => {
    fc.assert(
      fc.property(
        text,
        text,
        validState,
        validState,
        validState,
        fc.array(pagePiece, {maxLength: 4}),
        (key, other, mine, theirs, next, page) => {
          fc.pre(key !== other);
          // a piece is this key's when taking this key's pairs out leaves nothing
          const isMine = (piece: string) => writeHash(`#${piece}`, key, {}) === '';
          const unrelated = page.filter((piece) => !isMine(piece));
          let hash = writeHash(`#p=1&${unrelated.join('&')}`, other, theirs)!;
          hash = writeHash(hash, key, mine)!;
          const others = piecesOf(hash).filter((piece) => !isMine(piece));
          const after = writeHash(hash, key, next)!;
          expect(piecesOf(after).filter((piece) => !isMine(piece))).to.deep.equal(others);
          expect(readHash(after, other)).to.deep.equal(readHash(hash, other));
          expect(readHash(after, key)).to.deep.equal(next);
          // writing the same state again changes nothing (the controller's "no change, no write")
          expect(writeHash(after, key, next)).to.equal(after);
        },
      ),
    );
  });

  it('gives back any window, to the millisecond, within a second and holding it', () => {
    const ms = fc.integer({min: -8.64e15 + 1000, max: 8.64e15 - 1000});
    fc.assert(
      fc.property(ms, ms, (a, b) => {
        fc.pre(Math.abs(a - b) >= 1);
        const from = Math.min(a, b);
        const to = Math.max(a, b);
        const back = readHash(writeHash('', 'k', {window: [from, to]})!, 'k').window!;
        expect(back[0])
          .to.be.at.most(from)
          .and.above(from - 1000);
        expect(back[1])
          .to.be.at.least(to)
          .and.below(to + 1000);
      }),
    );
  });

  it('never throws on any hash, and reads only well-formed fields', () => {
    const token = fc.constantFrom(
      'k.event=',
      'k.from=',
      'k.to=',
      'k.hide-kind=',
      'k.hide-status=',
      'k.hide-actor=',
      'k.q=',
      '&',
      '=',
      ',',
      '+',
      '%',
      '%E2',
      '%2C',
      '#',
      '2024-06-19',
      'T14:30Z',
      '\ud800',
      '\udfff',
      'x',
      '-',
    );
    const hash = fc.oneof(fc.string({unit: 'binary', maxLength: 80}), fc.string({unit: token, maxLength: 30}));
    fc.assert(
      fc.property(hash, (input) => {
        const state = readHash(input, 'k');
        if (state.window) expect(state.window[0]).to.be.below(state.window[1]);
        for (const values of [state.hiddenKinds, state.hiddenStatuses, state.hiddenActors]) {
          if (values) expect(new Set(values).size).to.equal(values.length).and.be.at.most(MAX_LIST_VALUES);
        }
        const written = writeHash(input, 'k', state);
        if (written !== null) expect(readHash(written, 'k')).to.deep.equal(state);
      }),
    );
  });
});

/**
 * The corpus cases that are built in code rather than stored as JSON: large feeds (kept off the disk),
 * texts that are not JSON (a byte order mark, 10,000 levels of nesting) and strings a JSON file cannot
 * hold literally (NUL, lone surrogates). Each export is named after its case (`<class>/<name>`, as in
 * index.json); the case's expectations are in its sidecar, `<class>/<name>.expect.json`.
 *
 * A case returns a feed document (an object, handed to the elements as it is and as its JSON text) or
 * a text (handed over as text). Everything is deterministic: no randomness, no clock.
 */

type Json = unknown;
type Case = () => Json;

const event = (id: string | undefined, title: Json, start: Json, extra: Record<string, Json> = {}) => ({
  ...(id === undefined ? {} : {id}),
  title,
  start,
  ...extra,
});
const day = (i: number, from = Date.UTC(2024, 0, 1)) => new Date(from + i * 86_400_000).toISOString().slice(0, 10);
const STATUSES = ['reported', 'confirmed', 'denied', 'disputed', 'unverified'];
const KINDS = [
  'report',
  'claim',
  'denial',
  'statement',
  'agreement',
  'legislation',
  'military',
  'diplomatic',
  'aid',
  'reaction',
  'context',
  'publication',
];

/** `depth` nested arrays around `inner`, as JSON text (never as an object: the point is the text). */
const nestedArrays = (depth: number, inner = '0') => '['.repeat(depth) + inner + ']'.repeat(depth);
const nestedObjects = (depth: number, key: string, inner = '"x"') =>
  `{"${key}":`.repeat(depth) + inner + '}'.repeat(depth);

export const generated: Record<string, Case> = {
  'text/zero-width-and-combining-floods': () => ({
    actors: [{id: 'flooded', name: 'N' + '\u0336'.repeat(3000) + 'ame', type: 'person'}],
    events: [
      event('zwsp-flood', 'A' + '\u200b'.repeat(5000) + 'B', '2024-10-18'),
      event('combining-flood', 'Z' + '\u0301'.repeat(5000), '2024-10-18'),
      event('zalgo', 'T̸̢̛̖̪̱̣͓̩̈́̍͊̈͘͝ĥ̶̡̨̛̺̹̻͚̘̦̓̾̀̚e̴̡̛̪̗̰͈͕̮̎̅̿͐͝ '.repeat(40), '2024-10-19'),
      event('zwj-chain', '👩' + '\u200d👩'.repeat(1000), '2024-10-19'),
      event('marks-only', '\u0301'.repeat(20), '2024-10-20'),
      event('actor-flood', 'Event of the flooded actor', '2024-10-20', {
        actors: ['flooded'],
        attribution: {actors: ['flooded'], label: '\u200b'.repeat(2000) + 'label'},
      }),
    ],
  }),

  'text/title-10000-characters': () => ({
    events: [
      event('words-10000', 'word '.repeat(2000), '2024-10-18'),
      event('words-10001', 'word '.repeat(2000) + 'x', '2024-10-18'),
      event('one-word-10000', 'W'.repeat(10000), '2024-10-19'),
      // 10,000 code points, 20,000 UTF-16 units: the schema counts characters
      event('emoji-10000-code-points', '😀'.repeat(10000), '2024-10-20'),
    ],
  }),

  'text/nul-and-lone-surrogates': () => ({
    actors: [{id: 'lone', name: 'Lone \uD800 actor', type: 'person'}],
    sources: [{id: 'surrogate-url', publisher: 'P\u0000ublisher', url: 'https://example.com/\uD800path'}],
    events: [
      event('nul-inside', 'A\u0000B\u0000C', '2024-10-18', {actors: ['lone'], sources: ['surrogate-url']}),
      event('lone-high', 'High \uD800 surrogate', '2024-10-18'),
      event('lone-low', '\uDFFF lone low', '2024-10-19'),
      event('reversed', 'Reversed \uDC00\uD800 pair', '2024-10-19'),
      event('cut-emoji', 'An emoji cut in half \uD83D', '2024-10-20', {tags: ['\uD83D', 'a\u0000b']}),
      event('in-quote', 'Quote', '2024-10-20', {
        quotes: [{text: '\u0000\uDBFF', speaker: 'S\uDC00'}],
        summary: '\u0000'.repeat(100),
      }),
      event('id\u0000nul', 'Id with a NUL', '2024-10-21'),
    ],
  }),

  'ids/id-derived-collisions': () => ({
    events: [
      ...Array.from({length: 5}, () => ({title: 'Pact signed', start: '2024-06-19'})),
      {title: 'Treaty', start: '2024-06-20'},
      // the id the record above derives: an explicit id wins over it, even given later
      {id: 'treaty-duqytpci', title: 'Explicit holder of a derived id', start: '2024-06-21'},
      {title: '北朝鮮', start: '2024-06-22'},
      {title: 'Pact signed!', start: '2024-06-23'},
      {title: 'pact signed', start: '2024-06-23'},
      {start: '2024-06-24', title: {fr: 'Ordre', en: 'Order'}},
    ],
  }),

  'ids/id-1000-relations': () => {
    const types = [
      'denies',
      'confirms',
      'contradicts',
      'corroborates',
      'responds-to',
      'ratifies',
      'updates',
      'part-of',
      'follows',
      'formalises',
      'completes',
      'context-for',
      'outcome-of',
    ];
    const targets = Array.from({length: 1000}, (_, i) =>
      event(`t${i}`, `Target ${i}`, day(i % 300), {status: STATUSES[i % 5]}),
    );
    const hub = event('hub', 'The hub', '2024-06-01', {
      relations: [
        ...targets.map((target, i) => ({type: types[i % types.length], target: target.id})),
        ...Array.from({length: 1000}, (_, i) => ({type: types[i % types.length], target: 'single', note: `note ${i}`})),
      ],
    });
    return {events: [hub, event('single', 'The single target', '2024-06-02'), ...targets]};
  },

  'structure/bom-prefixed-text': () =>
    '\uFEFF' +
    JSON.stringify({title: 'Saved with a BOM', events: [event('a', 'A', '2024-10-18'), event('b', 'B', '2024-10-19')]}),

  'structure/deep-nesting-extension': () => `{"events": [
    {"id": "a", "title": "A", "start": "2024-10-18"},
    {"id": "deep-extension", "title": "Deep extension", "start": "2024-10-19", "x-deep": ${nestedArrays(10000)}},
    ${nestedArrays(10000)}
  ]}`,

  'structure/deep-nesting-title': () => `{"events": [
    {"id": "a", "title": "A", "start": "2024-10-18"},
    {"title": ${nestedObjects(10000, 'en')}, "start": "2024-10-19"},
    {"id": "b", "title": "B", "start": "2024-10-20"}
  ]}`,

  'structure/deep-nesting-unknown-property': () => `{"descripton": ${nestedObjects(10000, 'd')}, "events": [
    {"id": "a", "title": "A", "start": "2024-10-18"},
    {"id": "b", "title": "B", "start": "2024-10-19"}
  ]}`,

  'structure/bad-records-10000': () => {
    const bad = (i: number): Json => {
      switch (i % 4) {
        case 0:
          return event(`bad${i}`, `Bad date ${i}`, '2024-02-30');
        case 1:
          return event(`bad${i}`, ' ', '2024-10-18');
        case 2:
          return i;
        default:
          return event(`-bad${i}`, `Bad id ${i}`, '2024-10-18');
      }
    };
    const events: Json[] = [event('ok0', 'Valid 0', '2024-10-18')];
    for (let i = 1; i <= 10000; i++) {
      events.push(bad(i));
      if (i % 2500 === 0) events.push(event(`ok${i / 2500}`, `Valid ${i / 2500}`, day(i / 100)));
    }
    return {title: '10,000 bad records', events};
  },

  'structure/huge-strings': () => {
    const huge = 'x'.repeat(1_000_000);
    return {
      description: huge,
      events: [
        event('ok', 'OK', '2024-10-18'),
        event('big-title', huge, '2024-10-18'),
        event('big-summary', 'Big summary', '2024-10-19', {summary: huge}),
        event('big-extension', 'Big extension', '2024-10-20', {'x-big': huge}),
      ],
    };
  },

  'volume/same-instant-10000': () => ({
    actors: [{id: 'one', name: 'The only lane', type: 'state', color: '#0072B2'}],
    events: Array.from({length: 10000}, (_, i) =>
      event(`e${i}`, `Same instant ${i}`, '2024-10-18T12:00Z', {
        actors: ['one'],
        status: STATUSES[i % 5],
        kind: KINDS[i % KINDS.length],
        importance: 1 + (i % 5),
      }),
    ),
  }),

  'volume/actors-5000': () => {
    const scripts = ['Actor', 'فاعل', '行为者', 'Актёр', '🇺🇦'];
    return {
      actors: Array.from({length: 5000}, (_, i) => ({
        id: `a${i}`,
        name: `${scripts[i % 5]} ${i}`,
        type: 'person',
        ...(i % 3 === 0 ? {color: '#abc'} : {}),
      })),
      events: Array.from({length: 5000}, (_, i) =>
        event(`e${i}`, `Event of actor ${i}`, day(i % 365), {actors: [`a${i}`, `a${(i + 1) % 5000}`]}),
      ),
    };
  },

  'volume/sources-2000': () => ({
    sources: Array.from({length: 2000}, (_, i) => ({
      id: `s${i}`,
      publisher: `Publisher ${i}`,
      url: i % 10 === 0 ? 'javascript:window.__pwned=1' : `https://example.com/source/${i}`,
      title: `Article ${i}`,
    })),
    events: [
      event('cites-all', 'Cites every source', '2024-10-18', {sources: Array.from({length: 2000}, (_, i) => `s${i}`)}),
      ...Array.from({length: 99}, (_, i) =>
        event(`e${i}`, `Event ${i}`, day(i, Date.UTC(2024, 9, 1)), {sources: [`s${i}`, `s${1999 - i}`]}),
      ),
    ],
  }),

  'volume/wide-event': () => {
    const others = Array.from({length: 200}, (_, i) => event(`o${i}`, `Other ${i}`, day(i)));
    return {
      published: '2024-10-22',
      events: [
        event('wide', 'The widest event', '2024-10-18', {
          quotes: Array.from({length: 500}, (_, i) => ({text: `Quote ${i} `.repeat(5), speaker: `Speaker ${i}`})),
          tags: Array.from({length: 500}, (_, i) => `tag-${i}`),
          statusUpdates: Array.from({length: 300}, (_, i) => ({
            status: STATUSES[i % 5],
            date: day(i, Date.UTC(2024, 10, 1)),
            note: `update ${i}`,
          })),
          relations: others.map((other) => ({type: 'context-for', target: other.id})),
          summary: 'A summary. '.repeat(500),
        }),
        ...others,
      ],
    };
  },

  'volume/years-across-millennia': () => {
    const year = (y: number) => (y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0'));
    return {
      events: [
        ...Array.from({length: 5000}, (_, i) => event(`y${i}`, `Year ${i - 3000}`, year(i - 3000), {kind: 'context'})),
        ...Array.from({length: 5000}, (_, i) => event(`d${i}`, `Day ${i}`, day(i % 366), {status: STATUSES[i % 5]})),
      ],
    };
  },
};

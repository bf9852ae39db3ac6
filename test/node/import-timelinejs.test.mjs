// frise/import's TimelineJS3 JSON importer, on a hand-written timeline in the documented format
// (test/import/timelinejs-port-strike.json): title slide, eras, media of several kinds, HTML with
// links, entities, scripts and event handlers.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {fixture, loadImport} from '../import/build.mjs';

let importTimelineJs;
let source;
let result;

before(async () => {
  ({importTimelineJs} = (await loadImport()).module);
  source = JSON.parse(await fixture('timelinejs-port-strike.json'));
  result = importTimelineJs(source);
});

// &laquo;&nbsp;premature&nbsp;&raquo;: the no-break spaces are kept, as a browser shows them
const PREMATURE = 'Port authority calls the notice «\u00a0premature\u00a0»';
const eventNamed = (json, title) => json.events.find((event) => event.title === title);
const allText = (value) => JSON.stringify(value);

test('every slide is kept: 14 slides, 14 events, in the feed parseFeed reads too', () => {
  assert.equal(source.events.length, 14);
  assert.equal(result.json.events.length, 14);
  assert.equal(result.feed.events.length, 14);
  assert.deepEqual(
    result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code),
    ['unsafe-url', 'unsafe-url'],
    'the only errors are the two unsafe links, and they cost no event',
  );
  assert.deepEqual(
    result.feed.events
      .map((event) => event.record.id)
      .filter(Boolean)
      .sort(),
    ['port-authority-reply', 'union-notice'],
    'unique_id becomes the id',
  );
});

test('the title slide names the feed; its HTML becomes plain text and its link a source', () => {
  assert.equal(result.json.title, 'The Marenne port strike, day by day');
  assert.equal(
    result.json.description,
    'How a dispute over night shifts closed Europe’s fourth container port for 23 days.\n\nReporting by our harbour desk; see the method note.',
  );
  assert.ok(
    result.json.sources.some((s) => s.url === 'https://news.example.org/marenne/method' && s.title === 'method note'),
  );
  const media = result.issues.find((issue) => issue.path === '/title/media/url');
  assert.equal(media?.code, 'not-imported');
});

test('eras become periods with their names and dates', () => {
  assert.deepEqual(result.json.periods, [
    {id: 'the-strike', title: 'The strike', start: '2024-03-04', end: '2024-03-26'},
    {id: 'mediation-vote', title: 'Mediation & vote', start: '2024-03-27', end: '2024-04'},
  ]);
  assert.deepEqual(
    result.feed.periods.map((period) => period.id),
    ['the-strike', 'mediation-vote'],
    'parseFeed keeps both',
  );
  assert.equal(
    result.issues.filter((issue) => issue.origin === 'feed' && issue.code === 'unknown-property').length,
    0,
    'the schema knows periods',
  );
});

test('date parts become frise dates at their precision, display_date their wording', () => {
  const date = (title) => eventNamed(result.json, title).start;
  assert.equal(date('Dockers’ union files a strike notice'), '2024-02-19');
  assert.deepEqual(date(PREMATURE), {
    date: '2024-02-21T09:30',
    wording: '21 February, morning',
  });
  assert.deepEqual(date('Strike: container terminals stop'), {date: '2024-03-04T06:00', precision: 'hour'});
  assert.equal(eventNamed(result.json, 'Strike: container terminals stop').end, '2024-03-26');
  assert.equal(date('Agreement in principle'), '2024-03-26T23:59:30.250');
  assert.deepEqual(date('Traffic back to normal'), {date: '2024-04', wording: 'April 2024'});
  assert.equal(date('Background: the port opens its first dock'), '1865');
  // TimelineJS3 documents and shows -600 as 600 BCE: astronomical year -599
  assert.deepEqual(date('Background: Greek traders found a harbour on the site'), {
    date: '-0599',
    wording: 'c. 600 BCE',
  });
  const greek = result.feed.events.find((event) => event.title.startsWith('Background: Greek'));
  assert.equal(new Date(greek.start.start).getUTCFullYear(), -599);
  // times without an offset: read as UTC by parseFeed, which says so once for the feed
  const noOffset = result.issues.filter((issue) => issue.code === 'date-no-offset');
  assert.equal(noOffset.length, 1);
  assert.equal(noOffset[0].origin, 'feed');
  assert.equal(noOffset[0].count, 3);
  assert.equal(noOffset[0].record, '/events/1');
});

test('with a UTC offset given, times carry it and nothing is read as UTC', () => {
  const {json, issues} = importTimelineJs(source, {utcOffset: '+01:00'});
  assert.equal(eventNamed(json, 'Agreement in principle').start, '2024-03-26T23:59:30.250+01:00');
  assert.deepEqual(eventNamed(json, 'Strike: container terminals stop').start, {
    date: '2024-03-04T06:00+01:00',
    precision: 'hour',
  });
  assert.equal(issues.filter((issue) => issue.code === 'date-no-offset').length, 0);
  const bad = importTimelineJs(source, {utcOffset: 'Paris'});
  assert.ok(bad.issues.some((issue) => issue.code === 'invalid-value' && /utcOffset/.test(issue.message)));
  assert.equal(bad.json.events.length, 14, 'a bad option costs no event');
});

test('headline and text lose their HTML; scripts and event handlers never survive', () => {
  const strike = eventNamed(result.json, 'Strike: container terminals stop');
  assert.equal(strike.summary, 'Pickets at the three gates.\n\nNo ship is unloaded.');
  const text = allText(result.json);
  for (const dangerous of ['<script', 'document.cookie', 'onerror', 'onclick', 'alert(', 'javascript:', 'data:text']) {
    assert.ok(!text.includes(dangerous), `${dangerous} is nowhere in the feed`);
  }
  assert.ok(!/<[a-z/!]/i.test(text), 'no tag at all is left in any text');
  assert.ok(eventNamed(result.json, PREMATURE), 'entities decoded once, into the characters they name');
  assert.equal(
    eventNamed(result.json, 'Ships queue off the coast').summary,
    'Tracking data show 41 vessels waiting — a record.',
  );
});

test('links become sources (publisher: the host name; title: the link text); unsafe ones are issues, never sources', () => {
  const notice = eventNamed(result.json, 'Dockers’ union files a strike notice');
  const wire = result.json.sources.find((s) => s.id === notice.sources[0]);
  assert.deepEqual(wire, {
    id: 'wire-example-com',
    publisher: 'wire.example.com',
    url: 'https://www.wire.example.com/2024/02/19/marenne-notice',
    title: 'the wire service',
  });
  const mediation = eventNamed(result.json, 'Ministry offers mediation');
  assert.equal(mediation.summary, 'Read the full offer or the annex; background from the ministry.');
  assert.deepEqual(
    mediation.sources.map((id) => result.json.sources.find((s) => s.id === id).url),
    ['https://gov.example.eu/transport/marenne', 'https://www.instagram.com/p/C4xyzAbCdEf/'],
  );
  const unsafe = result.issues.filter((issue) => issue.code === 'unsafe-url');
  assert.deepEqual(
    unsafe.map((issue) => [issue.path, issue.record]),
    [
      ['/events/3/text/text', '/events/3'],
      ['/events/3/text/text', '/events/3'],
    ],
  );
  assert.match(unsafe[0].message, /javascript:/);
  assert.match(unsafe[1].message, /data:/);
  assert.ok(result.json.sources.every((s) => /^https?:\/\//.test(s.url)));
  // a URL written out in the text is a link too (TimelineJS3's autolink)
  const reply = eventNamed(result.json, PREMATURE);
  assert.ok(reply.sources.includes('port-example-net'));
  assert.equal(
    result.json.sources.find((s) => s.id === 'port-example-net').url,
    'https://port.example.net/press/2024-02-21',
  );
});

test('media: credited images stay media; videos, posts, maps and documents become sources; uncredited images too', () => {
  const notice = eventNamed(result.json, 'Dockers’ union files a strike notice');
  assert.deepEqual(notice.media, {
    type: 'image',
    url: 'https://images.example.org/marenne/notice.png',
    alt: 'A typed notice pinned to a board',
    caption: 'The notice as posted at gate 3',
    credit: 'Union handout',
  });
  const publisherOf = (title) =>
    eventNamed(result.json, title).sources.map((id) => result.json.sources.find((s) => s.id === id).publisher);
  assert.deepEqual(publisherOf('Strike: container terminals stop'), ['X (Twitter)']);
  assert.deepEqual(publisherOf('Ships queue off the coast'), ['Google Maps']);
  assert.deepEqual(publisherOf('Shippers’ federation publishes its losses estimate'), ['DocumentCloud']);
  assert.deepEqual(publisherOf('Dockers answer on TikTok'), ['TikTok']);
  assert.deepEqual(publisherOf('Council debate, live'), ['Vimeo'], 'an iframe embed code gives its src');
  assert.ok(publisherOf(PREMATURE).includes('YouTube'));
  const notEmbedded = result.issues.find((issue) => issue.code === 'media-not-embedded');
  assert.equal(notEmbedded.count, 7, 'one warning for the seven media frise does not embed');
  assert.equal(notEmbedded.paths[0], '/events/1/media/url');
  // an image without a credit is not shown without one: it becomes a source, with a warning
  const agreement = eventNamed(result.json, 'Agreement in principle');
  assert.equal(agreement.media, undefined);
  assert.deepEqual(publisherOf('Agreement in principle'), ['images.example.org']);
  assert.ok(result.issues.some((issue) => issue.code === 'image-without-credit' && issue.record === '/events/9'));
  // unless the newsroom gives a credit for them all
  const credited = importTimelineJs(source, {defaultCredit: 'Marenne Herald'});
  assert.deepEqual(eventNamed(credited.json, 'Agreement in principle').media, {
    type: 'image',
    url: 'https://images.example.org/marenne/handshake.jpg?w=1200',
    alt: 'The two negotiators after the signature',
    caption: 'The two negotiators after the signature',
    credit: 'Marenne Herald',
  });
  // a blockquote is a quote, said by its credit
  assert.deepEqual(eventNamed(result.json, "Mayor's statement").quotes, [
    {text: 'We will not let the harbour die.', speaker: 'Mayor A. Quintal'},
  ]);
});

test('groups become actors, the lanes of their events; a slide without headline is named from its text', () => {
  assert.deepEqual(
    result.json.actors.map((actor) => [actor.id, actor.name, actor.type]),
    [
      ['dockers-union', "Dockers' union", 'other'],
      ['port-authority', 'Port authority', 'other'],
      ['ministry-of-transport', 'Ministry of Transport', 'other'],
    ],
  );
  const lanes = Object.fromEntries(result.feed.events.map((event) => [event.title, event.actors[0]]));
  assert.equal(lanes['Strike: container terminals stop'], 'dockers-union');
  assert.equal(lanes['Ministry offers mediation'], 'ministry-of-transport');
  assert.equal(lanes['Ships queue off the coast'], undefined);
  const derived = result.issues.find((issue) => issue.code === 'title-derived');
  assert.equal(derived.path, '/events/10/text/headline');
  const vote = result.json.events[10];
  assert.equal(vote.title, 'Members approve the agreement with 71% of the vote. Turnout was 64%.');
  assert.equal(vote.summary, undefined, 'the whole text is the title: not repeated as the summary');
});

test('cosmological scale: years only; those beyond what frise draws are one issue per slide', async () => {
  const cosmic = JSON.parse(await fixture('timelinejs-cosmological.json'));
  const {json, feed, issues} = importTimelineJs(cosmic);
  assert.deepEqual(
    json.events.map((event) => [event.title, event.start]),
    [
      ['Farming begins', '-9999'],
      ['Writing in Mesopotamia', '-3199'],
      ['The Marenne port strike', '2024'],
    ],
  );
  assert.equal(feed.events.length, 3);
  const outOfRange = issues.filter((issue) => issue.code === 'out-of-range');
  assert.deepEqual(
    outOfRange.map((issue) => issue.path),
    [
      '/events/0/start_date/year',
      '/events/1/start_date/year',
      '/events/2/start_date/year',
      '/events/3/start_date/year',
    ],
  );
  assert.match(outOfRange[0].message, /Big Bang.*-13800000000.*cosmological/);
  assert.ok(outOfRange.every((issue) => issue.severity === 'error'));
});

test('bad dates and bad slides are issues naming the slide and the field; the rest is kept', () => {
  const {json, issues} = importTimelineJs({
    events: [
      {start_date: {year: 2024, month: 13}, text: {headline: 'Month 13'}},
      {start_date: {year: '20x4'}, text: {headline: 'Typo'}},
      {start_date: {month: 4}, text: {headline: 'No year'}},
      {text: {headline: 'No start'}},
      {start_date: {year: 2024, day: 5}, text: {headline: 'Day without month'}},
      {start_date: {year: 2024, month: 2, day: 30}, text: {headline: 'Thirtieth of February'}},
      {start_date: {year: 2024}, end_date: {month: 5}, text: {headline: 'End without year'}},
      {start_date: {year: 2024}, end_date: {year: 2024, month: 7, display_date: 'July'}, text: {headline: 'Kept'}},
      {start_date: {year: 2024}, text: {}},
      'not a slide',
      {start_date: {year: '1,968'}, text: {headline: 'Thousands comma'}},
      {unique_id: 'dup', start_date: {year: 2001}, text: {headline: 'First dup'}},
      {unique_id: 'dup', start_date: {year: 2002}, text: {headline: 'Second dup'}},
    ],
  });
  const at = (path) => issues.find((issue) => issue.path === path);
  assert.equal(at('/events/0/start_date/month').code, 'date-syntax');
  assert.match(at('/events/0/start_date/month').message, /slide \/events\/0 \("Month 13"\), start_date\.month/);
  assert.equal(at('/events/1/start_date/year').code, 'date-syntax');
  assert.equal(at('/events/2/start_date/year').code, 'missing-property');
  assert.equal(at('/events/3/start_date').code, 'missing-property');
  assert.equal(at('/events/4/start_date/day').severity, 'warning', 'a day without a month is ignored');
  assert.equal(at('/events/6/end_date/year').severity, 'warning');
  assert.equal(at('/events/8/text/headline').code, 'missing-property');
  assert.equal(at('/events/9').code, 'invalid-type');
  assert.equal(at('/events/12/unique_id').code, 'invalid-id');
  // parseFeed finds the calendar error, and names the slide it came from
  const february = issues.find((issue) => issue.code === 'date-calendar');
  assert.equal(february.origin, 'feed');
  assert.equal(february.record, '/events/5');
  assert.deepEqual(
    json.events.map((event) => [event.title, event.id, event.start, event.end]),
    [
      ['Day without month', undefined, '2024', undefined],
      ['Thirtieth of February', undefined, '2024-02-30', undefined],
      ['End without year', undefined, '2024', undefined],
      ['Kept', undefined, '2024', {date: '2024-07', wording: 'July'}],
      ['Thousands comma', undefined, '1968', undefined],
      ['First dup', 'dup', '2001', undefined],
      ['Second dup', 'dup-2', '2002', undefined],
    ],
  );
});

test('a slide display_date speaks for the whole event: the end loses its own', () => {
  const {json} = importTimelineJs({
    events: [
      {
        start_date: {year: 1950, display_date: '1950'},
        end_date: {year: 1959, display_date: '1959'},
        display_date: 'the fifties',
        text: {headline: 'A decade'},
      },
    ],
  });
  assert.deepEqual(json.events[0].start, {date: '1950', wording: 'the fifties'});
  assert.equal(json.events[0].end, '1959');
});

test('JSON text is read like the object, byte order mark and all', async () => {
  const text = await fixture('timelinejs-port-strike.json');
  const fromText = importTimelineJs(`\ufeff${text}`);
  assert.deepEqual(fromText.json, result.json);
  assert.equal(importTimelineJs('{"events": [').issues[0].code, 'json-syntax');
  assert.match(importTimelineJs({items: []}).issues.find((i) => i.path === '/events').message, /vis importer/);
});

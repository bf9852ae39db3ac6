import {expect} from '@open-wc/testing';
import seed from '../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import {parseFeed} from '../model/parse.js';
import {actorColor} from '../model/actor-display.js';
import {uiStrings} from '../i18n/strings.js';
import {kindName, statusName} from '../i18n/names.js';
import {assignLanes, FOLDED_LANE, laneHeading, laneSwatch, LANE_BY_VALUES, OTHER_LANE, type LaneBy} from './lanes.js';

const seedFeed = parseFeed(seed).feed!;
const labelsOf = (language: string) => {
  const ui = uiStrings(language);
  return {
    other: ui.otherLane,
    kind: (k: string) => ui.kinds[k as keyof typeof ui.kinds],
    status: (s: string) => ui.statuses[s as keyof typeof ui.statuses],
  };
};
const lanesOf = (laneBy: LaneBy, language: string) => assignLanes(seedFeed, laneBy, language, labelsOf(language)).lanes;
const heading = (laneBy: LaneBy, language: string, lane: {key: string; label: string}) =>
  laneHeading(lane, laneBy, language, uiStrings(language));

describe('lane headings', () => {
  it('name kinds and statuses as the legend does, with a capital', () => {
    for (const language of ['fr', 'en', 'ar']) {
      for (const lane of lanesOf('kind', language))
        expect(heading('kind', language, lane), lane.key).to.equal(kindName(lane.key as never, language));
      for (const lane of lanesOf('status', language))
        expect(heading('status', language, lane), lane.key).to.equal(statusName(lane.key as never, language));
    }
    expect(heading('kind', 'fr', {key: 'denial', label: 'démenti'})).to.equal('Démenti');
    expect(heading('kind', 'en', {key: 'denial', label: 'denial'})).to.equal('Denial');
    expect(heading('status', 'en', {key: 'unspecified', label: ''})).to.equal('Status not given');
  });

  it('name actors by their full name, and the lane without one "Other"', () => {
    const lanes = lanesOf('actor', 'en');
    expect(lanes.map((lane) => heading('actor', 'en', lane))).to.deep.equal([
      'South Korea',
      'North Korea',
      'Russia',
      'Ukraine',
      'United States',
      'Daily Express (probable outlet)',
    ]);
    expect(heading('actor', 'fr', {key: OTHER_LANE, label: 'Autres'})).to.equal('Autres');
  });

  it('say who asserts the events of a lane by attribution, in French, English and Arabic', () => {
    const korea = {key: 'south-korea', label: 'South Korea'};
    expect(heading('attribution', 'en', korea)).to.equal('According to South Korea');
    expect(heading('attribution', 'fr', {key: 'south-korea', label: 'Corée du Sud'})).to.equal(
      'Selon\u00a0: Corée du Sud',
    );
    expect(heading('attribution', 'ar', {key: 'south-korea', label: 'Corée du Sud'})).to.equal(
      'بحسب \u2068Corée du Sud\u2069',
    );
    expect(heading('attribution', 'en', {key: OTHER_LANE, label: 'Other'})).to.equal('No attribution given');
    expect(heading('attribution', 'fr', {key: OTHER_LANE, label: 'Autres'})).to.equal('Attribution non précisée');
    expect(heading('attribution', 'ar', {key: OTHER_LANE, label: 'أخرى'})).to.match(/\p{Script=Arabic}/u);
    // a label alone: said who asserts, unless it says so already
    expect(heading('attribution', 'en', {key: 'label:Kremlin', label: 'Kremlin'})).to.equal('According to Kremlin');
    expect(heading('attribution', 'fr', {key: 'label:selon l’article', label: 'selon l’article'})).to.equal(
      'Selon l’article',
    );
    expect(
      heading('attribution', 'en', {key: 'label:according to the article', label: 'according to the article'}),
    ).to.equal('According to the article');
    expect(heading('attribution', 'en', {key: 'label:Per Olsen', label: 'Per Olsen'})).to.equal(
      'According to Per Olsen',
    );
  });

  it('say who asserts in every seed lane by attribution', () => {
    for (const language of ['fr', 'en']) {
      const according = language === 'fr' ? /^Selon[ \u00a0]/ : /^According to /;
      const lanes = lanesOf('attribution', language);
      expect(lanes.length).to.be.greaterThan(5);
      for (const lane of lanes) {
        const text = heading('attribution', language, lane);
        if (lane.key === OTHER_LANE) expect(text).to.equal(uiStrings(language).noAttributionLane);
        else expect(text, lane.key).to.match(according);
      }
    }
  });
});

describe('lane swatches', () => {
  it('give every seed lane a swatch: a glyph by kind or status, a colour by actor, a neutral mark with no value', () => {
    for (const laneBy of LANE_BY_VALUES) {
      for (const lane of lanesOf(laneBy, 'fr')) {
        const swatch = laneSwatch(lane, laneBy);
        const expected =
          laneBy === 'kind'
            ? 'kind'
            : laneBy === 'status'
              ? 'status'
              : lane.key === OTHER_LANE || lane.key.startsWith('label:')
                ? 'neutral'
                : 'color';
        expect(swatch.type, `${laneBy} ${lane.key}`).to.equal(expected);
        if (swatch.type === 'color') expect(swatch.color, lane.key).to.equal(actorColor(seedFeed, lane.key));
        if (swatch.type === 'kind') expect(swatch.kind).to.equal(lane.key);
        if (swatch.type === 'status') expect(swatch.status).to.equal(lane.key);
      }
    }
  });

  it('colour the Daily Express lane, which the feed gives no colour', () => {
    const lane = lanesOf('actor', 'fr').find((candidate) => candidate.key === 'daily-express');
    expect(lane?.color).to.be.a('string');
    expect(lane?.color).to.equal(actorColor(seedFeed, 'daily-express'));
  });
});

describe('lanes beyond max-lanes', () => {
  // actor i is the main actor of i + 1 events (actor 0 of 1 … actor 29 of 30), listed in that order
  const crowded = parseFeed({
    actors: Array.from({length: 30}, (_, i) => ({id: `a${i}`, name: `Actor ${i}`, type: 'person'})),
    events: Array.from({length: 30}, (_, i) =>
      Array.from({length: i + 1}, (_, j) => ({
        id: `e${i}-${j}`,
        title: `E ${i} ${j}`,
        start: '2024-01-01',
        actors: [`a${i}`],
      })),
    )
      .flat()
      .concat([{id: 'nobody', title: 'No actor', start: '2024-02-01', actors: []}]),
  }).feed!;

  it('keep the busiest lanes in display order and gather the rest, every event in a lane', () => {
    const {lanes, laneOf} = assignLanes(crowded, 'actor', 'en', labelsOf('en'), 5);
    expect(lanes.map((lane) => lane.key)).to.deep.equal(['a26', 'a27', 'a28', 'a29', FOLDED_LANE]);
    expect(lanes[4]!.folded).to.equal(27); // 26 actors and the "Other" lane
    expect(laneOf.get('e29-0')).to.equal('a29');
    expect(laneOf.get('e3-1')).to.equal(FOLDED_LANE);
    expect(laneOf.get('nobody')).to.equal(FOLDED_LANE);
    expect(laneOf.size).to.equal(crowded.events.length);
    const keys = new Set(lanes.map((lane) => lane.key));
    expect([...laneOf.values()].every((key) => keys.has(key))).to.equal(true);
  });

  it('change nothing at or under the limit; a limit of 1 gathers everything', () => {
    const all = assignLanes(crowded, 'actor', 'en', labelsOf('en'));
    expect(all.lanes).to.have.length(31);
    expect(assignLanes(crowded, 'actor', 'en', labelsOf('en'), 31).lanes).to.deep.equal(all.lanes);
    const one = assignLanes(crowded, 'actor', 'en', labelsOf('en'), 1);
    expect(one.lanes.map((lane) => [lane.key, lane.folded])).to.deep.equal([[FOLDED_LANE, 31]]);
  });

  it('say how many lanes the last one gathers, in each language', () => {
    const lane = {key: FOLDED_LANE, label: '', folded: 4990};
    expect(laneHeading(lane, 'actor', 'en', uiStrings('en'))).to.equal('4,990 other actors');
    expect(laneHeading(lane, 'actor', 'fr', uiStrings('fr'))).to.equal('4\u202f990 autres acteurs');
    expect(laneHeading({...lane, folded: 1}, 'attribution', 'en', uiStrings('en'))).to.equal('1 other attribution');
    expect(laneHeading(lane, 'actor', 'ar', uiStrings('ar'))).to.contain('فاعل');
  });
});

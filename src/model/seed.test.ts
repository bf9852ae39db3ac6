import {expect} from '@open-wc/testing';
import seed from '../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import {parseFeed} from './parse.js';
import {validateFeed} from './generated/validate-feed.js';
import {pickText} from './text.js';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('seed feed: data/nk-troops-russia-2024.feed.json', () => {
  const {feed, issues} = parseFeed(seed);

  it('validates against the JSON Schema and parses with no issue', () => {
    expect(validateFeed(seed), JSON.stringify(validateFeed.errors)).to.equal(true);
    expect(issues).to.deep.equal([]);
    expect(feed!.events).to.have.length(34);
  });

  it('keeps every fact-sheet id, article and context entries alike', () => {
    const ids = new Set(feed!.events.map((event) => event.id));
    for (const id of [
      'article-published',
      'nis-12000-troops-report',
      'nk-un-first-committee-denial',
      'kremlin-fake-news-denial',
      'putin-kim-treaty-signed',
      'putin-submits-ratification-bill',
      'duma-ratifies-treaty',
      'federation-council-ratifies-treaty',
      'putin-signs-ratification-law',
      'kim-ratifies-treaty',
      'treaty-enters-into-force',
      'russia-acknowledges-nk-troops',
      'nk-acknowledges-deployment',
    ]) {
      expect(ids.has(id), id).to.equal(true);
    }
  });

  it('anchors relative wording on the publication date of 22 October 2024', () => {
    expect(iso(feed!.published!.start)).to.equal('2024-10-22');
    const video = feed!.eventById.get('ua-video-nk-troops-far-east')!;
    expect(pickText(video.start.wording, 'fr')).to.equal('la semaine dernière');
    // "last week" from Tuesday 22 October is the ISO week of 14–20 October: both uses fall inside it
    const bill = feed!.eventById.get('putin-submits-ratification-bill')!;
    for (const event of [video, bill]) {
      expect(event.interval.start).to.be.at.least(Date.UTC(2024, 9, 14));
      expect(event.interval.end).to.be.at.most(Date.UTC(2024, 9, 21));
    }
  });

  it('dates the events as the fact sheet does, with their precision', () => {
    const day = (id: string) => {
      const event = feed!.eventById.get(id)!;
      return `${iso(event.interval.start)}/${iso(event.interval.end - 1)} ${event.start.precision}${event.start.approximate ? '~' : ''}`;
    };
    expect(day('putin-kim-treaty-signed')).to.equal('2024-06-19/2024-06-19 day');
    expect(day('kremlin-fake-news-denial')).to.equal('2024-10-10/2024-10-10 day');
    expect(day('nk-first-troop-transport-vladivostok')).to.equal('2024-10-08/2024-10-13 day');
    expect(day('sk-demining-machines-handover')).to.equal('2023-12-01/2023-12-31 month');
    expect(day('treaty-enters-into-force')).to.equal('2024-12-04/2024-12-04 day');
    expect(feed!.eventById.get('sk-possible-155mm-shells')!.start.verified).to.equal(false);
  });

  it('records who denies what: the denials deny the reports and the bill ratifies the pact', () => {
    const relations = (id: string) => feed!.eventById.get(id)!.relations.map((r) => `${r.type} ${r.target}`);
    expect(relations('nk-un-first-committee-denial')).to.include('denies nis-12000-troops-report');
    expect(relations('kremlin-fake-news-denial')).to.include('denies sk-defmin-kim-yong-hyun-remarks');
    expect(relations('putin-submits-ratification-bill')).to.include('ratifies putin-kim-treaty-signed');
    expect(relations('duma-ratifies-treaty')).to.include('ratifies putin-kim-treaty-signed');
    expect(relations('nis-update-3000-troops')).to.include('updates nis-12000-troops-report');
    expect(relations('nk-acknowledges-deployment')).to.include('contradicts nk-un-first-committee-denial');
    expect(feed!.eventById.get('nis-12000-troops-report')!.status).to.equal('denied');
    expect(feed!.eventById.get('nis-12000-troops-report')!.statusUpdates.map((u) => u.status)).to.include('confirmed');
  });

  it('follows the facts where the article errs, and says so in the notes', () => {
    const notes = (id: string) => pickText(feed!.eventById.get(id)!.notes, 'en');
    expect(notes('kremlin-fake-news-denial')).to.match(/10 October/);
    expect(notes('tsukuryne-russian-control')).to.match(/60 km/).and.to.match(/25 km/);
    expect(notes('tsukuryne-russian-control')).to.match(/contested|occupied/i);
  });

  it('gives every event a French and an English title and summary, as plain text', () => {
    for (const event of feed!.events) {
      for (const text of [event.title, event.summary]) {
        expect(typeof text === 'object' && text['fr'] && text['en'], event.id).to.be.ok;
        expect(JSON.stringify(text), event.id).to.not.match(/<[a-z/]/i);
      }
      expect(event.attribution, event.id).to.exist;
      expect(event.sources.length, event.id).to.be.greaterThan(0);
    }
  });
});

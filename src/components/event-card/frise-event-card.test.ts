import {aTimeout, expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-event-card.js';
import type {FriseEventCard} from './frise-event-card.js';
import {EventCardHarness, squash} from './harness.js';
import {parseFeed} from '../../model/parse.js';
import {markParsed} from '../../model/parsed-feed.js';
import {
  STATUSES,
  type FriseEvent,
  type FriseEventRecord,
  type FriseFeed,
  type FriseFeedDocument,
  type FriseSource,
} from '../../model/types.js';
import {uiStrings} from '../../i18n/strings.js';
import {CARD_STRINGS} from '../../i18n/card-strings.js';
import {RELATION_TYPES} from '../../model/types.js';
import {FriseSelectEvent} from '../../events/frise-select.js';
import type {FriseErrorEvent} from '../../events/frise-error.js';

function feedOf(doc: unknown): FriseFeed {
  const {feed, issues} = parseFeed(doc);
  if (!feed) throw new Error('not a feed');
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) throw new Error(`test feed has errors: ${errors.map((e) => e.message).join('; ')}`);
  return feed;
}

const seedFeed = feedOf(seed);

function base(events: FriseEventRecord[], extra: Partial<FriseFeedDocument> = {}): FriseFeedDocument {
  return {
    version: 1,
    title: 'Test',
    language: 'fr',
    published: '2024-10-22',
    actors: [
      {id: 'kr', name: {fr: 'Corée du Sud', en: 'South Korea'}, type: 'state'},
      {id: 'nis', name: {fr: 'le NIS', en: 'the NIS'}, type: 'agency'},
    ],
    sources: [{id: 'tass', publisher: 'TASS', url: 'https://tass.com/politics/1'}],
    events,
    ...extra,
  };
}

function event(id: string, fields: Partial<FriseEventRecord> = {}): FriseEventRecord {
  return {
    id,
    title: {fr: `Titre ${id}`, en: `Title ${id}`},
    start: '2024-10-18',
    kind: 'report',
    status: 'reported',
    ...fields,
  };
}

async function card(
  feed: FriseFeed | null,
  ev: FriseEvent | null | undefined,
  attrs: {lang?: string; headingLevel?: number; closable?: boolean; theme?: string} = {},
): Promise<{el: FriseEventCard; h: EventCardHarness}> {
  const el =
    await fixture<FriseEventCard>(html`<frise-event-card .feed=${feed} .event=${ev ?? null} lang=${attrs.lang ?? ''}
    heading-level=${attrs.headingLevel ?? 3} ?closable=${attrs.closable ?? false} theme=${attrs.theme ?? ''}></frise-event-card>`);
  await el.updateComplete;
  return {el, h: new EventCardHarness(el)};
}

async function cardFor(feed: FriseFeed, id: string, attrs: Parameters<typeof card>[2] = {}) {
  const ev = feed.eventById.get(id);
  if (!ev) throw new Error(`no event ${id}`);
  return card(feed, ev, attrs);
}

describe('<frise-event-card>', () => {
  it('shows a short localized hint and no card when there is no event', async () => {
    const {h} = await card(seedFeed, null);
    expect(h.card()).to.equal(null);
    expect(squash(h.hint()?.textContent)).to.equal(CARD_STRINGS['fr']!.selectHint);
    const english = await card(null, null, {lang: 'en'});
    expect(squash(english.h.hint()?.textContent)).to.equal('Select an event to see its details.');
  });

  it('heads its sections (notes, sources, related events) one level below the title', async () => {
    const id =
      seedFeed.events.find((e) => e.sources.length > 0 && e.notes !== undefined && e.relations.length > 0)?.id ??
      'nis-12000-troops-report';
    for (const [level, below] of [
      [3, 4],
      [2, 3],
      [6, 6],
    ] as const) {
      const {h} = await cardFor(seedFeed, id, {headingLevel: level, lang: 'en'});
      const headings = [...h.card()!.querySelectorAll('[role="heading"]')];
      const names = headings.map((heading) => heading.textContent!.trim());
      expect(names, `sections of ${id}`).to.include.members(['Sources', 'Related events']);
      for (const heading of headings)
        expect(heading.getAttribute('aria-level'), heading.textContent!).to.equal(String(below));
    }
  });

  it('titles the card with a real heading of heading-level, in the language actually shown', async () => {
    const {h} = await cardFor(seedFeed, 'nis-12000-troops-report');
    const title = h.title()!;
    expect(title.tagName).to.equal('H3');
    expect(title.textContent).to.equal('Pyongyang prévoit d’envoyer jusqu’à 12 000 soldats en Russie, selon le NIS');
    expect(title.getAttribute('lang')).to.equal('fr');
    expect(h.card()!.getAttribute('aria-labelledby')).to.equal(title.id);

    const level2 = await cardFor(seedFeed, 'nis-12000-troops-report', {headingLevel: 2, lang: 'en'});
    expect(level2.h.title()!.tagName).to.equal('H2');
    expect(level2.h.title()!.getAttribute('lang')).to.equal('en');
    expect(level2.h.title()!.textContent).to.match(/^South Korea’s NIS says/);

    const invalid = await cardFor(seedFeed, 'nis-12000-troops-report', {headingLevel: 9});
    expect(invalid.h.title()!.tagName).to.equal('H3');

    // a title only in French, read in English: shown in French and tagged so
    const frOnly = feedOf(base([event('a', {title: {fr: 'Seulement en français'}})]));
    const {h: fh} = await cardFor(frOnly, 'a', {lang: 'en'});
    expect(fh.title()!.getAttribute('lang')).to.equal('fr');
    expect(fh.card()!.getAttribute('lang')).to.equal('en');
  });

  it('shows dates at their precision: month, ISO week, approximate year', async () => {
    const feed = feedOf(
      base([
        event('month', {start: '2024-06'}),
        event('week', {start: '2024-W42'}),
        event('around', {start: {date: '2022', approximate: true}}),
        event('day', {start: '2024-10-18'}),
      ]),
    );
    expect((await cardFor(feed, 'month')).h.text('date')).to.equal('juin 2024');
    expect((await cardFor(feed, 'week')).h.text('date')).to.equal('semaine du 14 oct. 2024');
    expect((await cardFor(feed, 'around')).h.text('date')).to.equal('vers 2022');
    const day = await cardFor(feed, 'day');
    expect(day.h.text('date')).to.equal('18 octobre 2024');
    expect(day.h.part('date')!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-10-18');
    expect((await cardFor(feed, 'week')).h.part('date')!.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2024-W42',
    );
    expect((await cardFor(feed, 'month', {lang: 'en'})).h.text('date')).to.equal('June 2024');
  });

  it('quotes the source’s wording of a date and says when the date is not verified', async () => {
    const feed = feedOf(
      base([
        event('last-week', {
          start: {relative: {unit: 'week', offset: -1}, wording: {fr: 'la semaine dernière', en: 'last week'}},
        }),
        event('unverified', {start: {date: '2024-10-22', approximate: true, verified: false}}),
      ]),
    );
    const {h} = await cardFor(feed, 'last-week');
    expect(h.text('date')).to.equal(
      'semaine du 14 oct. 2024 «\u202fla semaine dernière\u202f» (formulation de la source)',
    );
    expect(h.text('date')).not.to.contain('non vérifiée');
    const english = await cardFor(feed, 'last-week', {lang: 'en'});
    expect(english.h.text('date')).to.equal('week of Oct 14, 2024 “last week” (the source’s wording)');
    const unverified = await cardFor(feed, 'unverified');
    expect(unverified.h.text('date')).to.equal('vers 22 octobre 2024 date non vérifiée');
    expect((await cardFor(feed, 'unverified', {lang: 'en'})).h.text('date')).to.contain('date not verified');
  });

  it('names the kind and shows a status badge with text and a distinct icon for each status', async () => {
    const feed = feedOf(base(STATUSES.map((status) => event(status, {status, kind: 'denial'}))));
    const icons = new Set<string>();
    for (const status of STATUSES) {
      const {h} = await cardFor(feed, status);
      const badge = h.badge()!;
      expect(squash(badge.textContent)).to.equal(`Statut\u00a0: ${uiStrings('fr').statuses[status]}`);
      expect(badge.dataset['status']).to.equal(status);
      const icon = badge.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      icons.add(icon.innerHTML.replace(/<!--[^>]*-->/g, ''));
      expect(squash(h.element.shadowRoot!.querySelector('.kind')!.textContent)).to.equal('Type\u00a0: démenti');
      const en = await cardFor(feed, status, {lang: 'en'});
      expect(squash(en.h.badge()!.textContent)).to.equal(`Status: ${uiStrings('en').statuses[status]}`);
    }
    expect(icons.size).to.equal(STATUSES.length);
  });

  it('lists later status changes with their date and note', async () => {
    const {h} = await cardFor(seedFeed, 'nis-12000-troops-report');
    expect(h.statusUpdates()).to.deep.equal([
      'confirmé le 26 avril 2025 — La Russie reconnaît la présence de soldats nord-coréens (Valeri Guerassimov, 26 avril 2025).',
      'confirmé le 28 avril 2025 — La Corée du Nord reconnaît officiellement l’envoi de troupes en Russie (28 avril 2025).',
    ]);
    const english = await cardFor(seedFeed, 'nis-12000-troops-report', {lang: 'en'});
    expect(english.h.statusUpdates()[0]).to.equal(
      'confirmed on April 26, 2025 — Russia acknowledges North Korean troops (Valery Gerasimov, 26 April 2025).',
    );
    const none = await cardFor(seedFeed, 'sk-emergency-security-meeting');
    expect(none.h.statusUpdates()).to.deep.equal([]);
  });

  it('attributes: "selon …" in French, "according to …" in English, with the relaying sources', async () => {
    const feed = feedOf(
      base([
        event('ids', {attribution: {actors: ['kr', 'nis'], via: ['tass']}}),
        event('label', {
          attribution: {
            actors: ['nis'],
            label: {fr: 'selon un haut responsable', en: 'according to a senior official'},
          },
        }),
      ]),
    );
    expect((await cardFor(feed, 'ids')).h.text('attribution')).to.equal('selon Corée du Sud et le NIS, via TASS');
    expect((await cardFor(feed, 'ids', {lang: 'en'})).h.text('attribution')).to.equal(
      'according to South Korea and the NIS, via TASS',
    );
    expect((await cardFor(feed, 'label')).h.text('attribution')).to.equal('selon un haut responsable');
    expect((await cardFor(feed, 'label', {lang: 'en'})).h.text('attribution')).to.equal(
      'according to a senior official',
    );
    expect((await cardFor(seedFeed, 'kremlin-fake-news-denial')).h.text('attribution')).to.equal(
      'selon Dmitri Peskov, porte-parole du Kremlin, via TASS',
    );
    expect((await cardFor(seedFeed, 'nis-12000-troops-report', {lang: 'en'})).h.text('attribution')).to.equal(
      'according to the NIS (via Yonhap)',
    );
  });

  it('shows the summary, actors, place with coordinates, and the editor’s note', async () => {
    const {h} = await cardFor(seedFeed, 'tsukuryne-russian-control', {lang: 'en'});
    expect(h.summary()).to.match(/^The article describes Tsukuryne/);
    expect(h.actors()).to.equal('Russia and Ukraine');
    expect(h.location()).to.equal('Tsukuryne (Donetsk Oblast, Ukraine) (48.08° N, 37.31° E)');
    expect(h.notes()).to.match(/^Editor’s note Two discrepancies/);
    const fr = await cardFor(seedFeed, 'nk-un-first-committee-denial');
    expect(fr.h.location()).to.equal('Siège de l’ONU, New York (40,75° N, 73,97° O)');
    expect(fr.h.notes()).to.match(/^Note de la rédaction Le démenti/);
  });

  it('renders quotes as blockquotes with speaker, language and "(traduction)" only for translations', async () => {
    const {h} = await cardFor(seedFeed, 'nk-un-first-committee-denial');
    const [quote] = h.quotes();
    const blockquote = quote!.querySelector('blockquote')!;
    expect(blockquote.getAttribute('lang')).to.equal('fr');
    expect(squash(blockquote.textContent)).to.match(/^En ce qui concerne la soi-disant coopération/);
    expect(squash(quote!.querySelector('figcaption')!.textContent)).to.equal(
      '— le représentant nord-coréen à la Première Commission de l’ONU (non nommé), Daily Tribune (Philippines) (traduction)',
    );
    // said in English: the English text is the original words
    const en = await cardFor(seedFeed, 'nk-un-first-committee-denial', {lang: 'en'});
    expect(en.h.quotes()[0]!.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    expect(squash(en.h.quotes()[0]!.textContent)).not.to.contain('(translation)');
    // said in Russian: both texts are translations
    const peskov = await cardFor(seedFeed, 'kremlin-fake-news-denial', {lang: 'en'});
    expect(squash(peskov.h.quotes()[0]!.querySelector('figcaption')!.textContent)).to.contain('(translation)');
  });

  describe('sources', () => {
    const hostileUrls: Record<string, string | undefined> = {
      js: 'javascript:alert(1)',
      'js-spaced': '  JavaScript:alert(document.domain)',
      data: 'data:text/html,<script>alert(1)</script>',
      vbscript: 'vbscript:msgbox(1)',
      ftp: 'ftp://example.org/file.txt',
      mailto: 'mailto:desk@example.org',
      relative: '/relative/path',
      none: undefined,
      https: 'https://example.org/a?b=1',
      http: 'http://example.org/b',
    };

    /**
     * parseFeed already refuses these URLs; a feed built by other code (another copy of frise, marked as
     * parsed) may still carry them, and the card must not link them.
     */
    function hostileFeed(): FriseFeed {
      const ids = Object.keys(hostileUrls);
      const feed = feedOf(base([event('a', {sources: ['tass']})]));
      const sources: FriseSource[] = ids.map((id) => {
        const source: FriseSource = {id, publisher: `Publisher ${id}`, title: `Title ${id}`};
        if (hostileUrls[id] !== undefined) source.url = hostileUrls[id];
        return source;
      });
      const ev = {...feed.eventById.get('a')!, sources: ids};
      return markParsed({
        ...feed,
        sources,
        sourceById: new Map(sources.map((s) => [s.id, s])),
        events: [ev],
        eventById: new Map([['a', ev]]),
      });
    }

    it('links only http and https sources, and still lists every other source as text', async () => {
      const feed = hostileFeed();
      const {h} = await card(feed, feed.eventById.get('a'));
      const items = h.sourceItems();
      expect(items.map((item) => item.dataset['sourceId'])).to.deep.equal(Object.keys(hostileUrls));
      for (const item of items)
        expect(squash(item.textContent)).to.contain(
          `Publisher ${item.dataset['sourceId']} — Title ${item.dataset['sourceId']}`,
        );
      const links = h.sourceLinks();
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.org/a?b=1',
        'http://example.org/b',
      ]);
      for (const element of h.urlElements()) {
        expect(element.getAttribute('href') ?? element.getAttribute('src')).to.match(/^https?:\/\//);
      }
      for (const id of ['js', 'data', 'vbscript', 'ftp', 'mailto']) {
        const item = items.find((li) => li.dataset['sourceId'] === id)!;
        expect(item.querySelector('a')).to.equal(null);
        expect(squash(item.textContent)).to.contain('(sans lien\u00a0: adresse web non sûre)');
      }
      expect(squash(items.find((li) => li.dataset['sourceId'] === 'none')!.textContent)).not.to.contain('sans lien');
    });

    it('opens every source link in a new tab with rel="noopener noreferrer" and says so', async () => {
      const {h} = await cardFor(seedFeed, 'nis-12000-troops-report');
      const links = h.sourceLinks();
      expect(links.length).to.equal(5);
      for (const link of links) {
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(link.getAttribute('target')).to.equal('_blank');
        expect(link.getAttribute('href')).to.match(/^https?:\/\//);
        expect(squash(link.textContent)).to.contain('(s’ouvre dans un nouvel onglet)');
      }
      expect(squash(links[0]!.textContent)).to.match(/^KBS World/);
    });
  });

  describe('image', () => {
    const imageFeed = () =>
      feedOf(
        base([
          event('img', {
            media: {
              type: 'image',
              url: 'https://images.example.org/flag.jpg',
              alt: {fr: 'Un drapeau sur un bâtiment', en: 'A flag on a building'},
              caption: 'Légende',
              credit: 'Photo : Exemple',
            },
          }),
        ]),
      );

    it('shows an http(s) image with its alt text, caption and credit in a figure', async () => {
      const feed = imageFeed();
      const {h} = await cardFor(feed, 'img');
      const img = h.image()!;
      expect(img.getAttribute('src')).to.equal('https://images.example.org/flag.jpg');
      expect(img.getAttribute('alt')).to.equal('Un drapeau sur un bâtiment');
      expect(h.part('image')!.tagName).to.equal('FIGURE');
      expect(squash(h.part('image')!.querySelector('figcaption')!.textContent)).to.equal(
        'Légende Crédit\u00a0: Photo : Exemple',
      );
    });

    it('never puts a non-http(s) address in src, and shows the alt text instead', async () => {
      const feed = imageFeed();
      const ev = feed.eventById.get('img')!;
      for (const url of [
        'javascript:alert(1)',
        'data:image/svg+xml,<svg onload=alert(1)>',
        'ftp://example.org/a.jpg',
      ]) {
        const hostile = {...ev, media: {...ev.media!, url}};
        const {h} = await card(
          markParsed({...feed, events: [hostile], eventById: new Map([['img', hostile]])}),
          hostile,
        );
        expect(h.image()).to.equal(null);
        expect(h.urlElements()).to.deep.equal([]);
        expect(squash(h.part('image')!.textContent)).to.contain('Image indisponible\u00a0: Un drapeau sur un bâtiment');
      }
    });

    it('replaces an image that fails to load with its alt text', async () => {
      const feed = feedOf(
        base([
          event('img', {
            media: {
              type: 'image',
              url: `${location.origin}/does-not-exist.png`,
              alt: 'Texte de remplacement',
              credit: 'X',
            },
          }),
        ]),
      );
      const {el, h} = await cardFor(feed, 'img');
      const img = h.image()!;
      if (!img.complete || img.naturalWidth === 0)
        await new Promise((resolve) => img.addEventListener('error', resolve, {once: true}));
      await el.updateComplete;
      expect(getComputedStyle(img).display).to.equal('none');
      expect(squash(el.shadowRoot!.querySelector('.image-fallback')!.textContent)).to.equal(
        'Image indisponible\u00a0: Texte de remplacement',
      );
    });
  });

  it('isolates feed text: an unterminated direction override in an attribution or a date wording does not reverse the card’s own words', async () => {
    const RLO = '\u202e';
    const feed = feedOf(
      base([
        event('x', {
          start: {date: '2024-10-18', wording: {en: `${RLO}last Friday`}},
          attribution: {label: {en: `according to ${RLO}officials`}, via: ['tass']},
        }),
      ]),
    );
    const {el} = await cardFor(feed, 'x', {lang: 'en'});
    const root = el.shadowRoot!;
    /** Left edge of the first occurrence of some text inside an element. */
    const leftOf = (container: Element, text: string) => {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        return range.getBoundingClientRect().left;
      }
      throw new Error(`no "${text}"`);
    };
    const attribution = root.querySelector('[part~="attribution"]')!;
    // the card's ", via TASS" stays after the label, left to right, whatever the label holds
    expect(leftOf(attribution, 'via')).to.be.greaterThan(leftOf(attribution, 'officials'));
    const date = root.querySelector('[part~="date"]')!;
    const note = date.querySelector('.wording-note')!;
    expect(note.getBoundingClientRect().left).to.be.greaterThan(leftOf(date, 'last Friday'));
    for (const bidi of root.querySelectorAll('[part~="attribution"] bdi, [part~="date"] bdi'))
      expect(bidi.localName).to.equal('bdi');
  });

  it('renders feed text containing HTML as text: no element is created', async () => {
    const payload = '<img src=x onerror=alert(1)><script>window.__cardPwned=1</script><b>bold</b>';
    const feed = feedOf(
      base(
        [
          event('x', {
            title: payload,
            summary: payload,
            notes: payload,
            attribution: {label: payload},
            quotes: [{text: payload, speaker: payload}],
            location: {name: payload},
            relations: [{type: 'denies', target: 'y', note: payload}],
          }),
          event('y', {title: payload}),
        ],
        {sources: [{id: 's', publisher: payload, title: payload, url: 'https://example.org/'}]},
      ),
    );
    const ev = {...feed.eventById.get('x')!, sources: ['s']};
    const {el, h} = await card(
      markParsed({
        ...feed,
        events: [ev, feed.eventById.get('y')!],
        eventById: new Map([
          ['x', ev],
          ['y', feed.eventById.get('y')!],
        ]),
      }),
      ev,
    );
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(h.title()!.textContent).to.equal(payload);
    expect(h.summary()).to.equal(payload);
    // a label that does not say "according to" itself is said after it
    expect(h.text('attribution')).to.equal(`selon ${payload}`);
    expect(squash(h.relatedButton('y')!.textContent)).to.contain(payload);
    expect((window as {__cardPwned?: number}).__cardPwned).to.equal(undefined);
  });

  describe('related events', () => {
    it('lists forward and inverse relations, phrased from this event', async () => {
      const {h} = await cardFor(seedFeed, 'nis-12000-troops-report');
      const forward = h.relatedButton('zelensky-10000-troops-claim', 'forward')!;
      expect(squash(forward.querySelector('.relation')!.textContent)).to.equal('fait suite à');
      const denial = h.relatedButton('nk-un-first-committee-denial', 'inverse')!;
      expect(squash(denial.querySelector('.relation')!.textContent)).to.equal('démenti par');
      expect(squash(denial.querySelector('.related-title')!.textContent)).to.equal(
        'Pyongyang nie à l’ONU : « rumeurs infondées et stéréotypées »',
      );
      expect(h.relatedButton('russia-acknowledges-nk-troops', 'inverse')).to.exist;
      // every event of the seed that points at this one is listed
      const inverse = seedFeed.events
        .filter((other) => other.relations.some((r) => r.target === 'nis-12000-troops-report'))
        .map((other) => other.id);
      const shown = h
        .relatedButtons()
        .filter((b) => b.dataset['direction'] === 'inverse')
        .map((b) => b.dataset['eventId']);
      expect(shown).to.deep.equal(inverse);
      expect(inverse.length).to.be.greaterThan(5);
      const en = await cardFor(seedFeed, 'nis-12000-troops-report', {lang: 'en'});
      expect(
        squash(en.h.relatedButton('nk-un-first-committee-denial', 'inverse')!.querySelector('.relation')!.textContent),
      ).to.equal('denied by');
      const from = await cardFor(seedFeed, 'nk-un-first-committee-denial');
      expect(
        squash(from.h.relatedButton('nis-12000-troops-report', 'forward')!.querySelector('.relation')!.textContent),
      ).to.equal('dément');
    });

    it('fires frise-select with the related event’s id and event when a related button is clicked', async () => {
      const {el, h} = await cardFor(seedFeed, 'nis-12000-troops-report');
      const button = h.relatedButton('nk-un-first-committee-denial', 'inverse')!;
      expect(button.tagName).to.equal('BUTTON');
      setTimeout(() => button.click());
      const fired = (await oneEvent(el, 'frise-select')) as FriseSelectEvent;
      expect(fired).to.be.instanceOf(FriseSelectEvent);
      expect(fired.id).to.equal('nk-un-first-committee-denial');
      expect(fired.event).to.equal(seedFeed.eventById.get('nk-un-first-committee-denial'));
      expect(fired.bubbles && fired.composed).to.equal(true);
      const forward = h.relatedButton('zelensky-10000-troops-claim', 'forward')!;
      setTimeout(() => forward.click());
      const second = (await oneEvent(el, 'frise-select')) as FriseSelectEvent;
      expect(second.id).to.equal('zelensky-10000-troops-claim');
    });

    it('has both labels, in French and English, for every relation type', () => {
      for (const language of ['fr', 'en']) {
        for (const type of RELATION_TYPES) {
          const labels = CARD_STRINGS[language]!.relations[type];
          expect(labels.forward, `${language} ${type}`).to.be.a('string').and.not.equal('');
          expect(labels.inverse, `${language} ${type}`).to.be.a('string').and.not.equal(labels.forward);
        }
      }
    });
  });

  it('shows a close button only when closable, and it fires a bubbling, composed frise-close', async () => {
    const plain = await cardFor(seedFeed, 'nis-12000-troops-report');
    expect(plain.h.closeButton()).to.equal(null);
    const {el, h} = await cardFor(seedFeed, 'nis-12000-troops-report', {closable: true});
    const button = h.closeButton()!;
    expect(button.getAttribute('aria-label')).to.equal('Fermer');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    setTimeout(() => button.click());
    const fired = await oneEvent(el, 'frise-close');
    expect(fired.bubbles).to.equal(true);
    expect(fired.composed).to.equal(true);
  });

  it('keeps related buttons at least 24 px tall', async () => {
    const {h} = await cardFor(seedFeed, 'nis-12000-troops-report');
    for (const button of h.relatedButtons()) expect(button.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('follows the theme attribute: dark colours with theme="dark", light with theme="light"', async () => {
    const light = await cardFor(seedFeed, 'nk-un-first-committee-denial', {theme: 'light'});
    const dark = await cardFor(seedFeed, 'nk-un-first-committee-denial', {theme: 'dark'});
    const luminance = (color: string) => {
      const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
      return (r! + g! + b!) / 3;
    };
    expect(luminance(getComputedStyle(light.h.card()!).backgroundColor)).to.be.greaterThan(200);
    expect(luminance(getComputedStyle(dark.h.card()!).backgroundColor)).to.be.lessThan(60);
    expect(luminance(getComputedStyle(dark.h.title()!).color)).to.be.greaterThan(200);
  });

  describe('copy link', () => {
    const LINK = 'https://example.org/story?x=1#nk.event=nis-12000-troops-report';

    async function linked(link: string | null, lang = '') {
      const errors: FriseErrorEvent[] = [];
      const el = await fixture<FriseEventCard>(html`<frise-event-card .feed=${seedFeed}
        .event=${seedFeed.eventById.get('nis-12000-troops-report')} link=${link ?? ''} lang=${lang} closable
        @frise-error=${(event: FriseErrorEvent) => errors.push(event)}></frise-event-card>`);
      await el.updateComplete;
      const h = new EventCardHarness(el);
      return {el, h, errors, button: () => h.part<HTMLButtonElement>('copy-link')};
    }

    const liveRegion = (h: EventCardHarness) => h.card()!.querySelector('[role="status"]');
    const field = (el: FriseEventCard) => el.shadowRoot!.querySelector<HTMLInputElement>('#link-field');

    it('shows the button only for an http or https link, beside the close button; any other link shows none and is told once', async () => {
      expect((await linked(null)).button()).to.equal(null);
      const {h, button} = await linked(LINK);
      expect(button()!.getAttribute('aria-label')).to.equal(CARD_STRINGS['fr']!.copyLink);
      expect(button()!.nextElementSibling).to.equal(h.closeButton());
      expect(button()!.getBoundingClientRect().width).to.be.at.least(24);
      expect((await linked(LINK, 'ar')).button()!.getAttribute('aria-label')).to.equal('نسخ رابط هذا الحدث');
      for (const unsafe of [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'data:text/html,<b>x</b>',
        'mailto:a@b.org',
        '/relative#a.event=x',
      ]) {
        const {el, button: unsafeButton, errors} = await linked(unsafe);
        expect(unsafeButton(), unsafe).to.equal(null);
        el.requestUpdate();
        await el.updateComplete;
        const issues = errors.flatMap((event) => event.issues);
        expect(
          issues.map((issue) => issue.code),
          unsafe,
        ).to.deep.equal(['invalid-attribute']);
      }
    });

    it('when the browser refuses the clipboard, shows the link selected in a read-only field, focused, and throws nothing', async () => {
      // Chromium refuses a write without a user gesture (a click from script is not one), or up to 5 s after
      // one: this test runs before any real click of this page, and waits for an earlier one to expire
      const deadline = performance.now() + 8000;
      while (navigator.userActivation.isActive && performance.now() < deadline) await aTimeout(100);
      const refusal = await navigator.clipboard.writeText('x').then(
        () => 'written',
        (error: Error) => error.name,
      );
      expect(refusal, 'this browser writes without a gesture: the test needs another way to be refused').to.equal(
        'NotAllowedError',
      );
      const {el, h, button} = await linked(LINK);
      button()!.click();
      await aTimeout(50);
      await el.updateComplete;
      const input = field(el)!;
      expect(input.readOnly).to.equal(true);
      expect(input.value).to.equal(LINK);
      expect(input.dir).to.equal('ltr');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, LINK.length]);
      expect(squash(input.labels![0]!.textContent)).to.equal('Copiez ce lien\u00a0:');
      expect(liveRegion(h)!.textContent).to.equal('');
      await expect(el).to.be.accessible();
      // another link: the field was the old one's
      el.link = 'https://example.org/other';
      await el.updateComplete;
      expect(field(el)).to.equal(null);
    });

    it('copies the link when pressed (a real click) and says "Link copied" in a polite live region for 2 s', async () => {
      // a link of this run only: what is pasted cannot be left from an earlier one
      const link = `${LINK}&nk.q=${Date.now()}`;
      const {el, h, button} = await linked(link, 'en');
      expect(liveRegion(h)!.textContent).to.equal('');
      const box = button()!.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await aTimeout(50);
      await el.updateComplete;
      expect(liveRegion(h)!.textContent).to.equal('Link copied');
      expect(field(el)).to.equal(null);
      // what the clipboard holds, pasted with the keyboard into a field of the page
      const paste = document.createElement('textarea');
      document.body.append(paste);
      try {
        paste.focus();
        await sendKeys({down: 'Control'});
        await sendKeys({press: 'v'});
        await sendKeys({up: 'Control'});
        expect(paste.value).to.equal(link);
      } finally {
        paste.remove();
      }
      await aTimeout(2100);
      await el.updateComplete;
      expect(liveRegion(h)!.textContent).to.equal('');
    });

    it('passes axe with the button, in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const {el} = await linked(LINK);
        el.setAttribute('theme', theme);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });
  });

  it('passes axe for a seed event in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      for (const id of ['nk-un-first-committee-denial', 'nis-12000-troops-report', 'tsukuryne-russian-control']) {
        const {el} = await cardFor(seedFeed, id, {theme, closable: true});
        await expect(el).to.be.accessible();
      }
    }
  });
});

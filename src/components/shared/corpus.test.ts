// The hostile and careless feed corpus (test/corpus/, see its README): every case goes through parseFeed
// and through every element (the timeline at 1,000 and 375 px, the list, the legend, and the card of
// each kept event up to the first 20), and must hold what its sidecar says plus what holds for every
// feed: nothing throws, nothing runs, no element is made from feed text, links are http(s) or mailto,
// the problem summary stays bounded, and the elements draw what was kept or say why there is nothing.
// A case whose sidecar names a `knownBug` is skipped, and named after the bug.
import {expect, waitUntil} from '@open-wc/testing';
import '../timeline/frise-timeline.js';
import '../list/frise-list.js';
import '../legend/frise-legend.js';
import '../event-card/frise-event-card.js';
import type {FriseTimeline} from '../timeline/frise-timeline.js';
import type {FriseEventCard} from '../event-card/frise-event-card.js';
import type {FeedElement} from './feed-element.js';
import {PROBLEMS_SHOWN} from './problems.js';
import {parseFeed} from '../../model/parse.js';
import type {FeedIssue, FriseEvent, ParseResult} from '../../model/types.js';
import type {FriseErrorEvent} from '../../events/frise-error.js';
import {generated} from '../../../test/corpus/generate.js';

const CORPUS = '/test/corpus';

/** What must hold for one case (its `<class>/<name>.expect.json`). */
interface Sidecar {
  description: string;
  /** json: `<name>.json`; text: `<name>.txt` handed over as text; generated: built by generate.ts. */
  input: 'json' | 'text' | 'generated';
  /** "null": the input is not a feed at all (parseFeed returns feed null). */
  feed?: 'null';
  /** Page language for the elements (default en). */
  lang?: string;
  kept?: string[];
  dropped?: string[];
  keptCount?: number;
  actorsKept?: string[];
  actorsDropped?: string[];
  sourcesKept?: string[];
  sourcesDropped?: string[];
  /** Issues that must be reported, by code and JSON pointer. */
  issues?: Array<{code: string; path: string}>;
  /** No issue other than those listed (errors and warnings). */
  noOtherIssues?: boolean;
  /** No error other than those listed (warnings may be added). */
  noOtherErrors?: boolean;
  /** Every issue has one of these codes (for feeds with thousands of issues). */
  onlyCodes?: string[];
  issueCount?: number;
  minIssueCount?: number;
  /** Events whose card is shown besides the first 20 kept ones. */
  cards?: string[];
  /** A real defect this case shows: the case is skipped and named after it. */
  knownBug?: string;
}

interface Loaded {
  /** The input as text (JSON text, or the non-JSON text itself). */
  text: string;
  /** The input as an object when it is one (else the text again): what a page sets as `.feed`. */
  object: unknown;
}

const {cases} = (await (await fetch(`${CORPUS}/index.json`)).json()) as {cases: string[]};
const sidecars = await Promise.all(
  cases.map(async (name) => [name, (await (await fetch(`${CORPUS}/${name}.expect.json`)).json()) as Sidecar] as const),
);

async function load(name: string, side: Sidecar): Promise<Loaded> {
  if (side.input === 'generated') {
    const make = generated[name];
    if (!make) throw new Error(`generate.ts has no case "${name}"`);
    const value = make();
    if (typeof value !== 'string') return {text: JSON.stringify(value), object: value};
    return {text: value, object: asObject(value)};
  }
  const response = await fetch(`${CORPUS}/${name}.${side.input === 'text' ? 'txt' : 'json'}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  const text = await response.text();
  return {text, object: side.input === 'json' ? asObject(text) : text};
}

/** The parsed object when the text is JSON of an object, else the text (null or 42 as `.feed` would mean something else). */
function asObject(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? value : text;
  } catch {
    return text;
  }
}

// ---- what is on screen -----------------------------------------------------------------------------

/** Every shadow root under `node`, nested ones included (the timeline's list, legend and card). */
function shadowRoots(node: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (parent: ParentNode) => {
    for (const element of parent.querySelectorAll('*')) {
      if (element.shadowRoot) {
        out.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  visit(node);
  return out;
}

/** Text as a reader sees it: without spaces, controls and default-ignorable characters. */
function visible(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\p{Cc}\p{Default_Ignorable_Code_Point}]/gu, '');
}

/** Attributes that carry feed text as text (names, tooltips): only a URL-shaped value would be a problem there. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
]);
/** Elements no feed may bring: frise makes none of them (its one <img> is the card's image, checked apart). */
const FORBIDDEN =
  'script, iframe, frame, frameset, object, embed, applet, style, link, meta, base, form, input[type="image"], video, audio, source, track, portal, foreignObject, animate, set, animateMotion, animateTransform, use';
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;
const squeeze = (value: string) => value.replace(/[\s\p{Cc}\p{Cf}]/gu, '').toLowerCase();

/** Everything the security rules forbid, found in the shadow roots under `container`. */
function securityFindings(container: Element): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(container)) {
    const host = (root.host as Element).localName;
    for (const element of root.querySelectorAll(FORBIDDEN)) found.push(`<${element.localName}> in <${host}>`);
    for (const image of root.querySelectorAll('img')) {
      const own = image.parentElement?.matches('figure[part~="image"]') === true && host === 'frise-event-card';
      if (!own) found.push(`<img> in <${host}>`);
    }
    for (const element of root.querySelectorAll('*')) {
      for (const {name, value} of element.attributes) {
        const where = `<${element.localName} ${name}="${value.slice(0, 60)}"> in <${host}>`;
        const squeezed = squeeze(value);
        if (/^on/i.test(name)) found.push(`event handler attribute ${where}`);
        if (name === 'href' || name === 'xlink:href' || name === 'src') {
          const ownFragment = name === 'href' && value.startsWith('#') && element.matches('a[part~="relation-link"]');
          if (!ownFragment && !SAFE_LINK.test(value)) found.push(`unsafe ${name} ${where}`);
          if (name === 'src' && !/^https?:\/\//i.test(value)) found.push(`non-http src ${where}`);
        }
        if (['action', 'formaction', 'srcset', 'poster', 'background', 'data', 'srcdoc'].includes(name))
          found.push(`URL attribute ${where}`);
        if (TEXT_ATTRIBUTES.has(name)) {
          if (/^(?:javascript|vbscript|data):/.test(squeezed)) found.push(`script URL as text attribute ${where}`);
        } else if (/javascript:|vbscript:|url\(|expression\(/.test(squeezed)) {
          found.push(`script or CSS URL in ${where}`);
        }
      }
    }
  }
  return found;
}

function issueKeys(issues: readonly FeedIssue[]): string[] {
  return issues.map((issue) => `${issue.code}@${issue.path}`).sort();
}

function problemSummary(element: Element): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>('[part~="issues"]') ?? null;
}

/** The list items an element shows (the list, or the timeline's list in its narrow form). */
function listItems(element: Element): Element[] {
  const list = element.localName === 'frise-list' ? element : element.shadowRoot?.querySelector('frise-list');
  return [...(list?.shadowRoot?.querySelectorAll('[part~="item"]') ?? [])];
}

/** What the chart draws for events: marks, clusters and the counts of events beyond its edges. */
function drawnOnChart(timeline: FriseTimeline): {marks: Element[]; clusters: Element[]; beyond: number} {
  const root = timeline.shadowRoot!;
  const beyond = [...root.querySelectorAll('[part~="beyond"]')].reduce(
    (sum, button) => sum + Number(visible(button.textContent).replace(/\D/g, '') || 0),
    0,
  );
  return {
    marks: [...root.querySelectorAll('[part~="event"]')],
    clusters: [...root.querySelectorAll('[part~="cluster"]')],
    beyond,
  };
}

/** An element with nothing to show says so: a problem summary, or the empty-feed line. */
function saysWhy(element: Element): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  const inner = element.localName === 'frise-timeline' ? root.querySelector('frise-list')?.shadowRoot : null;
  return (
    problemSummary(element) !== null ||
    root.querySelector('.status-line, .empty') !== null ||
    inner?.querySelector('.empty') != null
  );
}

const settle = async () => {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  // long enough for an image that should not exist to fail and fire its onerror
  await new Promise((resolve) => setTimeout(resolve, 60));
};

// ---- one case ----------------------------------------------------------------------------------------

/** Checks what parseFeed made of the input against the sidecar; returns the failures. */
function checkParse(side: Sidecar, result: ParseResult): string[] {
  const failures: string[] = [];
  const feed = result.feed;
  const ids = new Set(feed?.events.map((event) => event.id) ?? []);
  const actors = new Set(feed?.actors.map((actor) => actor.id) ?? []);
  const sources = new Set(feed?.sources.map((source) => source.id) ?? []);
  const show = (id: string) => JSON.stringify(id).slice(0, 50);
  if (side.feed === 'null' && feed !== null) failures.push('parseFeed returned a feed for an input that is not one');
  if (side.feed !== 'null' && feed === null)
    failures.push(`parseFeed returned no feed: ${result.issues[0]?.message ?? ''}`);
  for (const id of side.kept ?? []) if (!ids.has(id)) failures.push(`valid event ${show(id)} was lost`);
  for (const id of side.dropped ?? [])
    if (ids.has(id)) failures.push(`event ${show(id)} was kept but must be left out`);
  if (side.keptCount !== undefined && ids.size !== side.keptCount)
    failures.push(`${ids.size} events kept, expected ${side.keptCount}`);
  for (const id of side.actorsKept ?? []) if (!actors.has(id)) failures.push(`valid actor ${show(id)} was lost`);
  for (const id of side.actorsDropped ?? [])
    if (actors.has(id)) failures.push(`actor ${show(id)} was kept but must be left out`);
  for (const id of side.sourcesKept ?? []) if (!sources.has(id)) failures.push(`valid source ${show(id)} was lost`);
  for (const id of side.sourcesDropped ?? [])
    if (sources.has(id)) failures.push(`source ${show(id)} was kept but must be left out`);
  const listed = (issue: FeedIssue) =>
    (side.issues ?? []).some((want) => want.code === issue.code && want.path === issue.path);
  for (const want of side.issues ?? []) {
    if (!result.issues.some((issue) => issue.code === want.code && issue.path === want.path))
      failures.push(`no ${want.code} issue at "${want.path}"`);
  }
  for (const issue of result.issues) {
    if ((side.noOtherIssues || (side.noOtherErrors && issue.severity === 'error')) && !listed(issue))
      failures.push(`unexpected ${issue.severity} ${issue.code} at "${issue.path}": ${issue.message.slice(0, 120)}`);
    if (side.onlyCodes && !side.onlyCodes.includes(issue.code))
      failures.push(`unexpected code ${issue.code} at "${issue.path}"`);
  }
  if (side.issueCount !== undefined && result.issues.length !== side.issueCount)
    failures.push(`${result.issues.length} issues, expected ${side.issueCount}`);
  if (side.minIssueCount !== undefined && result.issues.length < side.minIssueCount)
    failures.push(`${result.issues.length} issues, expected at least ${side.minIssueCount}`);
  // every message says what is wrong and names the record it is about
  for (const issue of result.issues) {
    if (visible(issue.message) === '') failures.push(`empty message for ${issue.code} at "${issue.path}"`);
    if (issue.message.length > 5000)
      failures.push(`a ${issue.message.length}-character message for ${issue.code} at "${issue.path}"`);
    const record = /^\/(events|actors|sources)\/(\d+)/.exec(issue.path);
    if (record && !issue.message.includes(record[0]))
      failures.push(
        `message for ${issue.code} at "${issue.path}" does not name ${record[0]}: ${issue.message.slice(0, 120)}`,
      );
    const field = /^\/([^/]+)/.exec(issue.path)?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!record && field !== undefined && !issue.message.includes(field))
      failures.push(`message for ${issue.code} at "${issue.path}" does not name the field "${field}"`);
    if (issue.path === '' && !/feed/i.test(issue.message))
      failures.push(`message for ${issue.code} does not say it is about the feed`);
  }
  return failures;
}

async function runCase(name: string, side: Sidecar): Promise<void> {
  const {text, object} = await load(name, side);
  const fromText = parseFeed(text);
  const fromObject = object === text ? fromText : parseFeed(object);
  const failures: string[] = [];
  // the same feed as a document and as its JSON text reads the same
  if (issueKeys(fromText.issues).join() !== issueKeys(fromObject.issues).join()) {
    failures.push(
      `the document and its JSON text give different issues: ${issueKeys(fromText.issues).slice(0, 5).join(' ')} / ${issueKeys(fromObject.issues).slice(0, 5).join(' ')}`,
    );
  }
  failures.push(...checkParse(side, fromText));
  const feed = fromText.feed;
  const kept = feed?.events ?? [];

  // what escapes: uncaught errors, rejections, console.error, frise-error issues
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);
  const consoleError = console.error;
  const fired: FeedIssue[] = [];
  const documentElements = () => document.querySelectorAll('script, iframe, object, embed, img, style, link').length;
  const before = documentElements();
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = (...args: unknown[]) => uncaught.push(`console.error: ${args.map(String).join(' ').slice(0, 300)}`);
  const container = document.createElement('div');
  container.lang = side.lang ?? 'en';
  container.addEventListener('frise-error', (event) => fired.push(...(event as FriseErrorEvent).issues));
  document.body.append(container);
  try {
    const place = <T extends HTMLElement>(width: number, element: T): T => {
      const wrapper = document.createElement('div');
      wrapper.style.width = `${width}px`;
      wrapper.append(element);
      container.append(wrapper);
      return element;
    };
    const wide = place(1000, document.createElement('frise-timeline'));
    const narrow = place(375, document.createElement('frise-timeline'));
    const list = place(700, document.createElement('frise-list'));
    const legend = place(400, document.createElement('frise-legend'));
    const given = new Map<FeedElement, unknown>([
      [wide, text],
      [narrow, object],
      [list, object],
      [legend, text],
    ]);
    for (const [element, input] of given) element.feed = input;

    // the card of each kept event, up to the first 20, and those the sidecar names; the first is given
    // its raw record (which the card validates again), the others the parsed event
    const shownIds = [...new Set([...kept.slice(0, 20).map((event) => event.id), ...(side.cards ?? [])])];
    const cards: Array<[FriseEventCard, FriseEvent]> = [];
    for (const [i, id] of shownIds.entries()) {
      const event = feed?.eventById.get(id);
      if (!event) continue;
      const card = place(360, document.createElement('frise-event-card'));
      card.feed = feed;
      card.event = i === 0 ? event.record : event;
      cards.push([card, event]);
    }

    for (const element of [...given.keys(), ...cards.map(([card]) => card)]) await element.updateComplete;
    // the timeline draws once it knows its width (and the list its rows): wait for what it should show
    const wideTimeline = wide;
    // (a failed drawing ends the wait at once: it is reported below as render-failed)
    const timeout = 15_000;
    const broken = () => fired.some((issue) => issue.code === 'render-failed');
    if (kept.length > 0) {
      await waitUntil(
        () => {
          const drawn = drawnOnChart(wideTimeline);
          return drawn.marks.length + drawn.clusters.length + drawn.beyond > 0 || broken();
        },
        'wide',
        {timeout},
      ).catch(() => failures.push('the timeline at 1,000 px draws none of the kept events'));
      await waitUntil(() => listItems(narrow).length > 0 || broken(), 'narrow', {timeout}).catch(() =>
        failures.push('the timeline at 375 px lists none of the kept events'),
      );
      await waitUntil(() => listItems(list).length > 0 || broken(), 'list', {timeout}).catch(() =>
        failures.push('the list shows none of the kept events'),
      );
    } else {
      for (const element of [wide, narrow, list]) {
        await waitUntil(() => saysWhy(element), 'empty', {timeout: 5000}).catch(() =>
          failures.push(`<${element.localName}> with no event to show is blank instead of saying why`),
        );
      }
    }
    // selecting the first kept event opens its card in the chart's panel, and in place in the narrow list
    if (kept.length > 0) {
      for (const timeline of [wide, narrow]) timeline.select(kept[0]!.id);
      for (const timeline of [wide, narrow]) await timeline.updateComplete;
    }
    await settle();

    // ---- nothing ran, nothing was made from feed text, no unsafe link
    const pwned = (window as unknown as {__pwned?: unknown}).__pwned;
    if (pwned !== undefined) failures.push(`a payload ran: window.__pwned = ${String(pwned)}`);
    const prototypeKeys = [
      ...Object.keys(Object.prototype),
      ...Object.keys(Array.prototype),
      ...Object.keys(Function.prototype),
    ];
    if (prototypeKeys.length > 0 || ({} as Record<string, unknown>)['polluted'] !== undefined)
      failures.push(`a prototype was polluted: ${prototypeKeys.join(', ')}`);
    failures.push(...securityFindings(container));
    if (documentElements() !== before) failures.push('an element was added to the page outside frise');

    // ---- each element read the same feed as parseFeed and reported the same problems, bounded
    for (const [element, input] of given) {
      const expected = input === text ? fromText : fromObject;
      const tag = `<${element.localName}${element === narrow ? ' 375px' : ''}>`;
      if ((element.parsedFeed?.events.length ?? null) !== (expected.feed?.events.length ?? null)) {
        failures.push(
          `${tag} shows ${element.parsedFeed?.events.length ?? 'no'} events, parseFeed kept ${expected.feed?.events.length ?? 'none'}`,
        );
      }
      if (issueKeys(element.issues).join() !== issueKeys(expected.issues).join())
        failures.push(`${tag} reports other issues than parseFeed`);
      const summary = problemSummary(element);
      if (expected.issues.length === 0) {
        if (summary) failures.push(`${tag} shows a problem summary for a feed without problems`);
        continue;
      }
      if (!summary) {
        failures.push(`${tag} does not show its ${expected.issues.length} problems`);
        continue;
      }
      const size = summary.querySelectorAll('*').length;
      if (size >= 100) failures.push(`${tag}'s problem summary has ${size} elements`);
      const listedProblems = summary.querySelectorAll('li[data-code]').length;
      if (listedProblems !== Math.min(PROBLEMS_SHOWN, expected.issues.length))
        failures.push(`${tag} lists ${listedProblems} problems of ${expected.issues.length}`);
      const hidden = expected.issues.length - PROBLEMS_SHOWN;
      if (hidden > 0) {
        const more = summary.querySelector('li.more')?.textContent ?? '';
        if (more.replace(/\D/g, '') !== String(hidden))
          failures.push(`${tag} does not say how many more problems there are (${hidden}): "${more}"`);
      }
      if ((summary.textContent ?? '').length > 200_000)
        failures.push(`${tag}'s problem summary holds ${(summary.textContent ?? '').length} characters`);
    }
    const failed = fired.filter((issue) => issue.code === 'render-failed');
    for (const issue of failed) failures.push(`render-failed: ${issue.message}`);

    // ---- the kept events are drawn (or the elements say why there are none); nothing is blank
    if (kept.length > 0) {
      const drawn = drawnOnChart(wideTimeline);
      const range = wideTimeline.visibleRange;
      if (kept.length <= 300 && range) {
        // every kept event is a mark, in a cluster, or counted beyond an edge
        const marked = new Set(drawn.marks.map((mark) => mark.getAttribute('data-event-id')));
        const bins = drawn.clusters.map(
          (cluster) => [Number(cluster.getAttribute('data-start')), Number(cluster.getAttribute('data-end'))] as const,
        );
        const missing = kept.filter(
          (event) =>
            !marked.has(event.id) &&
            !bins.some(([start, end]) => event.interval.start < end && event.interval.end > start) &&
            !(event.interval.end <= range[0] || event.interval.start >= range[1]),
        );
        if (missing.length > 0)
          failures.push(
            `the timeline draws neither a mark, a cluster nor an edge count for ${missing
              .map((event) => event.id)
              .slice(0, 5)
              .join(', ')}`,
          );
      }
      for (const [element, tag] of [
        [narrow, 'the timeline at 375 px'],
        [list, 'the list'],
      ] as const) {
        for (const button of listItems(element).map((item) => item.querySelector('[part~="select-button"]'))) {
          if (button && visible(button.textContent) === '')
            failures.push(
              `${tag} shows an event whose title button is blank (${button.closest('[data-event-id]')?.getAttribute('data-event-id')})`,
            );
        }
      }
    }
    for (const [card, event] of cards) {
      if (card.shownEvent?.id !== event.id) failures.push(`the card does not show kept event "${event.id}"`);
      else if (visible(card.shadowRoot?.querySelector('[part~="title"]')?.textContent) === '')
        failures.push(`the card of "${event.id}" has a blank title`);
    }
    for (const element of [...given.keys(), ...cards.map(([card]) => card)]) {
      if (
        visible(element.shadowRoot?.textContent) === '' &&
        element.shadowRoot?.querySelector('svg [part~="event"]') == null
      )
        failures.push(`<${element.localName}> is blank`);
    }
    for (const root of shadowRoots(container)) {
      for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')) {
        if (visible(heading.textContent) === '')
          failures.push(`an empty heading in <${(root.host as Element).localName}>`);
      }
    }
  } finally {
    container.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    if ((window as unknown as {__pwned?: unknown}).__pwned !== undefined)
      failures.push('a payload ran while the elements were removed');
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = consoleError;
    delete (window as unknown as {__pwned?: unknown}).__pwned;
  }
  failures.push(...uncaught);
  expect([...new Set(failures)], `${name}: ${side.description}`).to.deep.equal([]);
}

describe('the hostile and careless feed corpus (test/corpus)', () => {
  it('finds what its security checks look for (they are not vacuous)', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    const planted = [
      '<img alt="x">',
      '<script></script>',
      '<iframe></iframe>',
      '<object></object>',
      '<embed>',
      '<style></style>',
      '<b onclick="x"></b>',
      '<a href="javascript:void 0">a</a>',
      '<a href="data:text/html,x">a</a>',
      '<a href="#x">a</a>',
      '<svg><rect fill="url(#x)"></rect></svg>',
      '<p title="javascript:x"></p>',
    ];
    const container = document.createElement('div');
    container.append(host);
    for (const markup of planted) {
      const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
      root.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
      expect(securityFindings(container), markup).to.not.deep.equal([]);
    }
    root.replaceChildren();
    expect(securityFindings(container)).to.deep.equal([]);
    expect(visible('\u00ad\u200e\u2066\u3164\ufe0f\u0000 \u00a0')).to.equal('');
    expect(visible('\u202eA')).to.equal('A');
  });

  it(`holds at least 70 cases, at least 3 in each class`, () => {
    const perClass = new Map<string, number>();
    for (const [name] of sidecars) perClass.set(name.split('/')[0]!, (perClass.get(name.split('/')[0]!) ?? 0) + 1);
    expect(sidecars.length).to.be.at.least(70);
    for (const [, count] of perClass) expect(count).to.be.at.least(3);
  });

  for (const [name, side] of sidecars) {
    if (side.knownBug) {
      it.skip(`${name}: KNOWN BUG: ${side.knownBug}`, () => undefined);
      continue;
    }
    it(name, async function () {
      this.timeout(90_000);
      await runCase(name, side);
    });
  }
});

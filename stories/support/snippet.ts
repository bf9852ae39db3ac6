// "Show code" for every story: a snippet that works when pasted into an empty HTML page. The story's
// template is rendered into an inert document (no element upgrades, nothing drawn), which keeps its
// markup (attributes, wrappers, <style>) and the values of its property bindings (`.feed`, `.event`,
// `.filter`) as plain properties; those become a `src` attribute or a small module script. Set as
// `parameters.docs.source.transform` in .storybook/preview.ts; checked for every story by
// stories/support/snippet-check.ts in the story tests.
import {render} from 'lit';
import seed from '../../data/nk-troops-russia-2024.feed.json';
import packageJson from '../../package.json';

/** Where a page gets frise from: the published package on unpkg, at this version. */
export const PACKAGE_URL = `https://unpkg.com/frise@${packageJson.version}`;
/** The one-script-tag bundle (lit and d3 included). */
export const BUNDLE_URL = `${PACKAGE_URL}/dist/frise.js`;
/** Where the package's example feeds are published (`data/*.feed.json` is in the package's files). */
export const FEEDS_URL = `${PACKAGE_URL}/data/`;

/** Feeds a snippet can load by URL instead of pasting them: the documents the package publishes. */
const PUBLISHED_FEEDS = new Map<object, string>([[seed, 'nk-troops-russia-2024.feed.json']]);

/** Past this size a pasted feed is not a snippet any more: the story must say how to build its feed. */
const LONGEST_INLINE_FEED = 40_000;

/** What each element takes: whether it loads a `src` itself, and the id its script refers to it by. */
export const SNIPPET_ELEMENTS = {
  'frise-timeline': {id: 'timeline', takesSrc: true},
  'frise-list': {id: 'list', takesSrc: true},
  'frise-legend': {id: 'legend', takesSrc: true},
  'frise-event-card': {id: 'card', takesSrc: false},
} as const;
export type SnippetTag = keyof typeof SNIPPET_ELEMENTS;
const TAGS = Object.keys(SNIPPET_ELEMENTS) as SnippetTag[];

/** Boolean attributes: written bare. Any other empty attribute (`lang=""` from an empty control) is left out. */
const BOOLEAN_ATTRIBUTES = new Set(['hide-legend', 'compact', 'closable', 'expand-selected']);
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);

/**
 * Per-story additions, as `parameters.snippet`, for what a template cannot say: a feed too large to
 * paste, or listeners that wire elements together.
 */
export interface SnippetParameters {
  /** A JavaScript expression that builds the feed (for generated feeds); used for every element without a published feed. */
  feedExpression?: string;
  /** Module script lines run after the feeds are set (elements are reachable by their ids: timeline, legend…). */
  script?: string;
  /** Tags that get no feed from the snippet: the `script` gives them one. */
  feedless?: SnippetTag[];
}

/** The parts of a story context the snippet reads (a StoryContext, in the preview or in a test). */
export interface SnippetContext {
  args: Record<string, unknown>;
  parameters: {snippet?: SnippetParameters; [key: string]: unknown};
  originalStoryFn: (args: never, context: never) => unknown;
}

/** What one element of the snippet receives. */
export interface SnippetElement {
  tag: SnippetTag;
  /** The id the script uses, when it has something to set. */
  id?: string;
  src?: string;
  /** Name of the script variable holding its feed. */
  feedVariable?: string;
  eventId?: string;
  filter?: unknown;
}

export interface Snippet {
  code: string;
  elements: SnippetElement[];
  /** What keeps the snippet from working when pasted (empty when it works): the story tests fail on these. */
  problems: string[];
}

type Json = Record<string, unknown>;
/** A parsed feed (FriseFeed): what stories pass when an element wants one. */
interface ParsedFeedLike {
  title: unknown;
  description?: unknown;
  language?: string;
  published?: {start: number; precision: string};
  source?: string;
  actors: unknown[];
  sources: unknown[];
  events: Array<{id: string; record: Json; actors?: string[]; sources?: string[]; relations?: unknown[]}>;
  eventById: ReadonlyMap<string, unknown>;
}

const isParsedFeed = (value: unknown): value is ParsedFeedLike =>
  typeof value === 'object' && value !== null && (value as {eventById?: unknown}).eventById instanceof Map;

/** The published file a feed is a copy of (the seed, raw or parsed), if any. */
function publishedName(feed: unknown): string | undefined {
  if (typeof feed !== 'object' || feed === null) return undefined;
  const direct = PUBLISHED_FEEDS.get(feed);
  if (direct) return direct;
  if (!isParsedFeed(feed)) return undefined;
  // a parsed copy of a published feed: the same records (a story may have changed one: then it is not)
  for (const [doc, name] of PUBLISHED_FEEDS) {
    const events = (doc as {events: Json[]}).events;
    const byId = new Map(events.map((event) => [event['id'], JSON.stringify(event)]));
    if (
      feed.events.length === events.length &&
      feed.events.every((event) => byId.get(event.id) === JSON.stringify(event.record)) &&
      JSON.stringify(feed.title) === JSON.stringify((doc as {title: unknown}).title)
    )
      return name;
  }
  return undefined;
}

/** `2024-10-22` back from a resolved date, at its precision (day, month or year). */
function isoOf(date: {start: number; precision: string}): string {
  const iso = new Date(date.start).toISOString();
  return date.precision === 'year' ? iso.slice(0, 4) : date.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** The feed document a parsed feed was read from (its records as given), for pasting. */
function documentOf(feed: unknown): Json | undefined {
  if (typeof feed === 'string') {
    try {
      return documentOf(JSON.parse(feed));
    } catch {
      return undefined;
    }
  }
  if (typeof feed !== 'object' || feed === null || Array.isArray(feed)) return undefined;
  if (!isParsedFeed(feed)) return feed as Json;
  const doc: Json = {version: 1, title: feed.title};
  if (feed.description !== undefined) doc['description'] = feed.description;
  if (feed.language) doc['language'] = feed.language;
  if (feed.published) doc['published'] = isoOf(feed.published);
  if (feed.source) doc['source'] = feed.source;
  doc['actors'] = feed.actors;
  doc['sources'] = feed.sources;
  // the references as the feed holds them (a story may have built the feed object by hand)
  doc['events'] = feed.events.map((event) => {
    const record: Json = {...event.record};
    for (const list of ['actors', 'sources', 'relations'] as const) {
      const value = event[list];
      if (Array.isArray(value) && value.length) record[list] = value;
    }
    return record;
  });
  return doc;
}

const idsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * A smaller copy of a feed to paste: only the events in `keepEvents` (all when absent), with their
 * references to dropped events removed, and only the actors and sources the kept records refer to.
 */
export function trimFeed(doc: Json, keepEvents?: ReadonlySet<string>): Json {
  const allEvents = Array.isArray(doc['events']) ? (doc['events'] as Json[]) : [];
  const events = keepEvents
    ? allEvents
        .filter((event) => keepEvents.has(String(event['id'])))
        .map((event) => {
          const copy: Json = {...event};
          if (Array.isArray(event['relations'])) {
            copy['relations'] = (event['relations'] as Json[]).filter((relation) =>
              keepEvents.has(String(relation['target'])),
            );
            if (!(copy['relations'] as unknown[]).length) delete copy['relations'];
          }
          if (Array.isArray(event['statusUpdates'])) {
            copy['statusUpdates'] = (event['statusUpdates'] as Json[]).map((update) => {
              if (typeof update['event'] !== 'string' || keepEvents.has(update['event'])) return update;
              const {event: _dropped, ...rest} = update;
              return rest;
            });
          }
          return copy;
        })
    : allEvents;
  const actorIds = new Set<string>();
  const sourceIds = new Set<string>(typeof doc['source'] === 'string' ? [doc['source']] : []);
  for (const event of events) {
    idsIn(event['actors']).forEach((id) => actorIds.add(id));
    idsIn(event['sources']).forEach((id) => sourceIds.add(id));
    const attribution = event['attribution'] as Json | undefined;
    idsIn(attribution?.['actors']).forEach((id) => actorIds.add(id));
    idsIn(attribution?.['via']).forEach((id) => sourceIds.add(id));
    for (const quote of (Array.isArray(event['quotes']) ? event['quotes'] : []) as Json[]) {
      if (typeof quote['actor'] === 'string') actorIds.add(quote['actor']);
      if (typeof quote['source'] === 'string') sourceIds.add(quote['source']);
    }
  }
  const actors = (Array.isArray(doc['actors']) ? doc['actors'] : []) as Json[];
  // an actor's memberOf is shown with it (the NIS, of South Korea): keep the whole chain
  for (let grew = true; grew;) {
    grew = false;
    for (const actor of actors) {
      const parent = actor['memberOf'];
      if (actorIds.has(String(actor['id'])) && typeof parent === 'string' && !actorIds.has(parent)) {
        actorIds.add(parent);
        grew = true;
      }
    }
  }
  const trimmed: Json = {...doc, events};
  if (Array.isArray(doc['actors'])) trimmed['actors'] = actors.filter((actor) => actorIds.has(String(actor['id'])));
  if (Array.isArray(doc['sources']))
    trimmed['sources'] = (doc['sources'] as Json[]).filter((source) => sourceIds.has(String(source['id'])));
  delete trimmed['$schema'];
  return trimmed;
}

/** What a card reads of a feed: its records, not the feed's own description or source article. */
function cardView(doc: Json): Json {
  const {description: _description, source: _source, ...rest} = doc;
  return rest;
}

/** The events a card shows besides its own: those it relates to, and those that relate to it (one step). */
function neighbourhood(doc: Json, shown: ReadonlySet<string>): Set<string> {
  const keep = new Set(shown);
  for (const event of (Array.isArray(doc['events']) ? doc['events'] : []) as Json[]) {
    const id = String(event['id']);
    const targets = [
      ...((Array.isArray(event['relations']) ? event['relations'] : []) as Json[]).map((relation) =>
        String(relation['target']),
      ),
      ...((Array.isArray(event['statusUpdates']) ? event['statusUpdates'] : []) as Json[]).map((update) =>
        String(update['event']),
      ),
    ];
    if (shown.has(id)) targets.forEach((target) => keep.add(target));
    if (targets.some((target) => shown.has(target))) keep.add(id);
  }
  return keep;
}

/** JSON that reads as a feed: one key per line at the top, one record per line in lists, the rest inline. */
export function feedJson(value: unknown, indent = '', depth = 0): string {
  const inner = `${indent}  `;
  if (Array.isArray(value) && depth < 2 && value.some((item) => typeof item === 'object' && item !== null)) {
    return `[\n${value.map((item) => `${inner}${feedJson(item, inner, depth + 1)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && depth < 1) {
    const entries = Object.entries(value).map(
      ([key, item]) => `${inner}${JSON.stringify(key)}: ${feedJson(item, inner, depth + 1)}`,
    );
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return inlineJson(value);
}

function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${inlineJson(item)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A single-quoted JavaScript string. */
const jsString = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** Text inside an inline <script> must not close it: `</script>` in a feed string becomes `<\/script>`. */
const scriptSafe = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Removes the common indentation of a block of text (a <style> in a template literal). */
function dedent(text: string): string[] {
  const lines = text
    .replace(/^\s*\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const margin = Math.min(...lines.filter((line) => line.trim()).map((line) => line.match(/^\s*/)![0].length));
  return lines.map((line) => line.slice(Number.isFinite(margin) ? margin : 0).trimEnd());
}

/** Pretty-prints a node of the inert document: one element per line, children indented. */
function serialize(node: Node, indent: string, extra: Map<Element, Array<[string, string]>>): string[] {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent ?? '';
    return text.trim() ? [`${indent}${escapeText(text.trim().replace(/\s+/g, ' '))}`] : [];
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  const tag = element.localName;
  const attributes: Array<[string, string]> = [...(extra.get(element) ?? [])];
  for (const {name, value} of element.attributes) {
    if (attributes.some(([added]) => added === name)) continue;
    if (value === '' && !BOOLEAN_ATTRIBUTES.has(name)) continue;
    attributes.push([name, value.replace(/\s+/g, ' ').trim()]);
  }
  const open = `<${tag}${attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}>`;
  if (VOID_ELEMENTS.has(tag)) return [`${indent}${open}`];
  if (tag === 'style' || tag === 'script') {
    const body = dedent(element.textContent ?? '').map((line) => (line ? `${indent}  ${line}` : ''));
    return [`${indent}${open}`, ...body, `${indent}</${tag}>`];
  }
  const children = [...element.childNodes].flatMap((child) => serialize(child, `${indent}  `, extra));
  if (!children.length) return [`${indent}${open}</${tag}>`];
  if (children.length === 1 && !element.children.length && children[0]!.length < 80)
    return [`${indent}${open}${children[0]!.trim()}</${tag}>`];
  return [`${indent}${open}`, ...children, `${indent}</${tag}>`];
}

/** A meaningful filter: something hidden or searched (the empty filter is every element's default). */
function isActiveFilter(filter: unknown): boolean {
  if (typeof filter !== 'object' || filter === null) return false;
  return Object.values(filter).some((value) =>
    Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value !== '',
  );
}

/** Renders a story's template without upgrading its elements: markup and bound properties, nothing drawn. */
function renderInert(context: SnippetContext): HTMLElement {
  const inert = document.implementation.createHTMLDocument('');
  const container = inert.createElement('div');
  const result = (context.originalStoryFn as (args: unknown, context: unknown) => unknown)(context.args, context);
  if (result instanceof Node) container.append(inert.importNode(result, true));
  else if (typeof result === 'string') container.append(inert.createTextNode(result));
  else render(result, container, {creationScope: inert});
  return container;
}

/** The pasteable snippet of a story, and what would keep it from working. Never throws. */
export function storySnippet(context: SnippetContext): Snippet {
  const problems: string[] = [];
  let container: HTMLElement;
  try {
    container = renderInert(context);
  } catch (error) {
    return {
      code: `<!-- this story could not be turned into a snippet: ${String(error)} -->`,
      elements: [],
      problems: [`the story does not render: ${String(error)}`],
    };
  }
  const options = context.parameters.snippet ?? {};
  const found = [...container.querySelectorAll<HTMLElement>(TAGS.join(','))];
  if (!found.length) problems.push('the story has no frise element');

  const extra = new Map<Element, Array<[string, string]>>();
  const elements: SnippetElement[] = [];
  const usedIds = new Set([...container.querySelectorAll('[id]')].map((element) => element.id));
  // one script variable per feed document: two elements showing the same feed share it
  const variables = new Map<unknown, {name: string; declaration: string}>();
  const cardsByFeed = new Map<unknown, Set<string>>();

  const idFor = (element: HTMLElement, tag: SnippetTag): string => {
    if (element.id) return element.id;
    const base = SNIPPET_ELEMENTS[tag].id;
    let id: string = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    extra.set(element, [...(extra.get(element) ?? []), ['id', id]]);
    return id;
  };

  // cards show one event: their pasted feed keeps that event's neighbours only
  for (const element of found) {
    const bound = element as unknown as {feed?: unknown; event?: {id?: string} | null};
    if (element.localName === 'frise-event-card' && bound.feed && bound.event?.id) {
      cardsByFeed.set(bound.feed, new Set([...(cardsByFeed.get(bound.feed) ?? []), bound.event.id]));
    }
  }
  const onlyCards = (feed: unknown) =>
    found.every(
      (element) => element.localName === 'frise-event-card' || (element as unknown as {feed?: unknown}).feed !== feed,
    );

  const variableFor = (feed: unknown, tag: SnippetTag): string | undefined => {
    const existing = variables.get(feed);
    if (existing) return existing.name;
    const name = variables.size ? `feed${variables.size + 1}` : 'feed';
    const published = publishedName(feed);
    let declaration: string;
    if (published) {
      declaration = `const ${name} = await (await fetch('${FEEDS_URL}${published}')).json();`;
    } else if (options.feedExpression) {
      declaration = `const ${name} = ${options.feedExpression.trim()};`;
    } else {
      const doc = documentOf(feed);
      if (!doc) {
        problems.push(`the feed of <${tag}> is neither a feed document, JSON text nor a parsed feed`);
        return undefined;
      }
      const shown = cardsByFeed.get(feed);
      const forCards = shown && onlyCards(feed);
      const trimmed = trimFeed(forCards ? cardView(doc) : doc, forCards ? neighbourhood(doc, shown) : undefined);
      const json = feedJson(trimmed);
      if (json.length > LONGEST_INLINE_FEED) {
        problems.push(
          `the feed of <${tag}> is ${Math.round(json.length / 1000)} kB of JSON: give the story parameters.snippet.feedExpression`,
        );
        return undefined;
      }
      declaration = `const ${name} = ${json};`;
    }
    variables.set(feed, {name, declaration});
    return name;
  };

  const lines: string[] = [];
  for (const element of found) {
    const tag = element.localName as SnippetTag;
    const bound = element as unknown as {feed?: unknown; event?: {id?: string} | null; filter?: unknown};
    const entry: SnippetElement = {tag};
    const src = element.getAttribute('src');
    if (src) {
      // stories load feeds from Storybook's static folder (feeds/ is data/): the package publishes them
      entry.src = src.replace(/^(?:\.?\/)?feeds\//, FEEDS_URL);
      extra.set(element, [['src', entry.src]]);
    } else if (options.feedless?.includes(tag)) {
      // the story's script gives it a feed
    } else {
      // a generated feed (feedExpression) stands for whatever the template bound
      const feed = bound.feed ?? options.feedExpression;
      const published = publishedName(feed);
      if (published && SNIPPET_ELEMENTS[tag].takesSrc) {
        entry.src = `${FEEDS_URL}${published}`;
        extra.set(element, [['src', entry.src]]);
      } else if (feed !== undefined) {
        const variable = variableFor(feed, tag);
        if (variable) {
          entry.feedVariable = variable;
          entry.id = idFor(element, tag);
        }
      } else {
        problems.push(`<${tag}> gets no feed: give it a src, a .feed, or parameters.snippet.script and feedless`);
      }
    }
    if (tag === 'frise-event-card' && bound.event?.id) {
      entry.eventId = bound.event.id;
      entry.id ??= idFor(element, tag);
    }
    if (isActiveFilter(bound.filter)) {
      entry.filter = bound.filter;
      entry.id ??= idFor(element, tag);
    }
    elements.push(entry);
  }

  for (const {declaration} of variables.values()) lines.push(declaration);
  for (const entry of elements) {
    if (!entry.id) continue;
    const target = `document.getElementById('${entry.id}')`;
    const settings: string[] = [];
    if (entry.feedVariable) settings.push(`feed = ${entry.feedVariable};`);
    if (entry.eventId && entry.feedVariable) {
      settings.push(`event = ${entry.feedVariable}.events.find((event) => event.id === ${jsString(entry.eventId)});`);
    }
    if (entry.filter) settings.push(`filter = ${inlineJson(entry.filter)};`);
    if (settings.length === 1) {
      lines.push(`${target}.${settings[0]}`);
    } else if (settings.length) {
      const variable = /^[a-z][\w-]*$/i.test(entry.id)
        ? entry.id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
        : 'element';
      lines.push(`const ${variable} = ${target};`);
      settings.forEach((setting) => lines.push(`${variable}.${setting}`));
    }
  }
  if (options.script) lines.push(...dedent(options.script));

  const markup = [...container.childNodes].flatMap((node) => serialize(node, '', extra));
  const parts = [`<script type="module" src="${BUNDLE_URL}"></script>`, '', ...markup];
  if (lines.length) {
    parts.push(
      '',
      '<script type="module">',
      ...scriptSafe(lines.join('\n'))
        .split('\n')
        .map((line) => (line ? `  ${line}` : '')),
      '</script>',
    );
  }
  return {code: parts.join('\n'), elements, problems};
}

/** `parameters.docs.source.transform`: the story's snippet, whatever Storybook generated. */
export const pasteableSource = (_code: string, context: unknown): string =>
  storySnippet(context as SnippetContext).code;

/**
 * A `feedExpression` for a generated feed of `count` events over 2023–2024 in `lanes` lanes (like the
 * large-feed stories'): pasted, it builds the feed in the page instead of carrying megabytes of JSON.
 */
export function generatedFeedExpression(count: number, lanes = 8): string {
  return `{
  version: 1,
  title: '${count.toLocaleString('en')} invented events',
  language: 'en',
  actors: Array.from({length: ${lanes}}, (_, lane) => ({id: \`lane\${lane}\`, name: \`Lane \${lane + 1}\`, type: 'other'})),
  events: Array.from({length: ${count}}, (_, i) => ({
    id: \`e\${i}\`,
    title: \`Event \${i + 1}\`,
    start: new Date(Date.UTC(2023, 0, 1) + ((i * 7919) % 730) * 86_400_000).toISOString().slice(0, 10),
    kind: ['report', 'claim', 'denial', 'statement', 'reaction'][i % 5],
    status: ['reported', 'confirmed', 'denied', 'disputed', 'unverified'][(i * 3) % 5],
    actors: [\`lane\${i % ${lanes}}\`],
    importance: 1 + (i % 5),
  })),
}`;
}

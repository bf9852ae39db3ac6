// The story tests' check that "Show code" works when pasted: after each story, its snippet becomes the
// whole page of an iframe (the published URLs pointed at this server: frise's one-script entry and
// Storybook's copy of data/) and every frise element in it must draw its feed. Run from
// .storybook/preview.ts (afterEach) under vitest only.
import {expect, waitFor} from 'storybook/test';
import {
  BUNDLE_URL,
  FEEDS_URL,
  SNIPPET_ELEMENTS,
  storySnippet,
  type SnippetContext,
  type SnippetTag,
} from './snippet.js';

const inShadow = (element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector(selector) ?? null;

/**
 * What each element shows once its data is in: a drawn event or cluster (or, at phone width, an item of
 * the timeline's built-in list), a list item, a legend item, a card.
 */
const DRAWN: Record<SnippetTag, (element: Element) => Element | null> = {
  'frise-timeline': (element) =>
    inShadow(element, '[part~="event"], [part~="cluster"]') ??
    inShadow(inShadow(element, '[part~="list"]'), '[part~="item"]'),
  'frise-list': (element) => inShadow(element, '[part~="item"]'),
  'frise-legend': (element) => inShadow(element, '[part~="item"]'),
  'frise-event-card': (element) => inShadow(element, '[part~="card"]'),
};

/** Story tests reach the feeds at feeds/ (Storybook's static folder), as the stories do. */
const localFeeds = () => new URL('feeds/', document.baseURI).href;
/** The one-script-tag entry (what dist/frise.js bundles), as the dev server serves it. */
const LOCAL_BUNDLE = new URL('/src/frise-define.ts', document.baseURI).href;

export async function checkStorySnippet(context: SnippetContext & {id?: string}): Promise<void> {
  const snippet = storySnippet(context);
  await expect(snippet.problems, `snippet of ${context.id}`).toEqual([]);
  const parsed = new DOMParser().parseFromString(snippet.code, 'text/html');
  const scripts = [...parsed.querySelectorAll('script')];
  const bundle = scripts.filter((script) => script.src);
  await expect(bundle.map((script) => script.getAttribute('src'))).toEqual([BUNDLE_URL]);
  await expect(bundle[0]!.type).toBe('module');
  // every element has a feed: a src attribute, or a property set by the module script
  const inline = scripts
    .filter((script) => !script.src)
    .map((script) => script.textContent ?? '')
    .join('\n');
  for (const entry of snippet.elements) {
    const given =
      entry.src !== undefined ||
      (entry.id !== undefined && inline.includes(`getElementById('${entry.id}')`)) ||
      !!context.parameters.snippet?.script;
    await expect(given, `<${entry.tag}> in the snippet of ${context.id} has a feed or a src`).toBe(true);
  }

  // an empty page of its own, as when pasted: the bundle's URL serves frise's entry from this dev server
  const frame = document.createElement('iframe');
  frame.title = `pasted snippet of ${context.id}`;
  frame.style.cssText =
    'position: absolute; left: 0; top: 0; width: 1000px; height: 800px; border: 0; visibility: hidden';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = snippet.code.replace(BUNDLE_URL, LOCAL_BUNDLE).replaceAll(FEEDS_URL, localFeeds());
  document.body.append(frame);
  try {
    await loaded;
    const page = frame.contentDocument!;
    const elements = [...page.querySelectorAll<HTMLElement>(Object.keys(SNIPPET_ELEMENTS).join(','))];
    await expect(elements.length).toBe(snippet.elements.length);
    for (const [index, element] of elements.entries()) {
      const entry = snippet.elements[index]!;
      // a card without an event shows a hint, not a card: it has nothing more to draw
      if (entry.tag === 'frise-event-card' && !entry.eventId) continue;
      await waitFor(
        () =>
          expect(
            DRAWN[entry.tag](element),
            `<${entry.tag}> of the pasted snippet of ${context.id} draws its feed`,
          ).toBeTruthy(),
        {timeout: 10_000},
      );
    }
  } finally {
    frame.remove();
  }
}

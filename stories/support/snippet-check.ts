// The story tests' check that "Show code" works when pasted: after each story, its snippet is pasted into
// the test page (its markup and module script, with the published URLs pointed at Storybook's copy of
// data/) and every frise element in it must draw its feed. Run from .storybook/preview.ts (afterEach)
// under vitest only.
import {expect, waitFor} from 'storybook/test';
import '../../src/components/event-card/frise-event-card.js';
import '../../src/components/legend/frise-legend.js';
import '../../src/components/list/frise-list.js';
import '../../src/components/timeline/frise-timeline.js';
import {BUNDLE_URL, FEEDS_URL, SNIPPET_ELEMENTS, storySnippet, type SnippetContext, type SnippetTag} from './snippet.js';

const inShadow = (element: Element | null | undefined, selector: string) => element?.shadowRoot?.querySelector(selector) ?? null;

/**
 * What each element shows once its data is in: a drawn event or cluster (or, at phone width, an item of
 * the timeline's built-in list), a list item, a legend item, a card.
 */
const DRAWN: Record<SnippetTag, (element: Element) => Element | null> = {
  'frise-timeline': (element) => inShadow(element, '[part~="event"], [part~="cluster"]') ?? inShadow(inShadow(element, '[part~="list"]'), '[part~="item"]'),
  'frise-list': (element) => inShadow(element, '[part~="item"]'),
  'frise-legend': (element) => inShadow(element, '[part~="item"]'),
  'frise-event-card': (element) => inShadow(element, '[part~="card"]'),
};

/** Story tests reach the feeds at feeds/ (Storybook's static folder), as the stories do. */
const localFeeds = () => new URL('feeds/', document.baseURI).href;

export async function checkStorySnippet(context: SnippetContext & {id?: string}): Promise<void> {
  const snippet = storySnippet(context);
  await expect(snippet.problems, `snippet of ${context.id}`).toEqual([]);
  const page = new DOMParser().parseFromString(snippet.code, 'text/html');
  const scripts = [...page.querySelectorAll('script')];
  const bundle = scripts.filter((script) => script.src);
  await expect(bundle.map((script) => script.getAttribute('src'))).toEqual([BUNDLE_URL]);
  await expect(bundle[0]!.type).toBe('module');
  for (const element of page.querySelectorAll('[src]')) {
    element.setAttribute('src', element.getAttribute('src')!.replace(FEEDS_URL, localFeeds()));
  }
  // every element has a feed: a src attribute, or a property set by the module script
  const inline = scripts.filter((script) => !script.src).map((script) => script.textContent ?? '').join('\n');
  for (const entry of snippet.elements) {
    const given = entry.src !== undefined || (entry.id !== undefined && inline.includes(`getElementById('${entry.id}')`)) || !!context.parameters.snippet?.script;
    await expect(given, `<${entry.tag}> in the snippet of ${context.id} has a feed or a src`).toBe(true);
  }

  const host = document.createElement('div');
  host.dataset['snippetCheck'] = context.id ?? '';
  host.style.cssText = 'position: absolute; left: 0; top: 0; width: 1000px; visibility: hidden';
  host.append(...[...page.body.childNodes].filter((node) => !(node instanceof HTMLScriptElement)).map((node) => document.importNode(node, true)));
  document.body.append(host);
  const url = URL.createObjectURL(new Blob([inline.replaceAll(FEEDS_URL, localFeeds())], {type: 'text/javascript'}));
  try {
    if (inline.trim()) await import(/* @vite-ignore */ url);
    const elements = [...host.querySelectorAll<HTMLElement>(Object.keys(SNIPPET_ELEMENTS).join(','))];
    await expect(elements.length).toBe(snippet.elements.length);
    for (const [index, element] of elements.entries()) {
      const entry = snippet.elements[index]!;
      // a card without an event shows a hint, not a card: it has nothing more to draw
      if (entry.tag === 'frise-event-card' && !entry.eventId) continue;
      await waitFor(() => expect(DRAWN[entry.tag](element), `<${entry.tag}> of the pasted snippet of ${context.id} draws its feed`).toBeTruthy(), {timeout: 10_000});
    }
  } finally {
    URL.revokeObjectURL(url);
    host.remove();
  }
}

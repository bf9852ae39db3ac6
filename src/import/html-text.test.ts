// frise/import's HTML-to-text path in Chromium: the same plain text as in Node, without a single
// element created, HTML parsed, handler run or resource fetched, and in a Worker, where no DOM exists.
import {expect} from '@open-wc/testing';
import {htmlToText} from './html-text.js';
import {importTimelineJs} from './timelinejs.js';

const HOSTILE =
  '<p>Port <b>closed</b> &amp; ships &laquo;waiting&raquo;&#8230;</p>' +
  '<img src="/frise-probe-image.png" onerror="window.__friseRan = true">' +
  '<script>window.__friseRan = true</script>' +
  '<iframe src="/frise-probe-frame.html" onload="window.__friseRan = true"></iframe>' +
  '<svg onload="window.__friseRan = true"><text>drawn</text></svg>' +
  '<a href="javascript:window.__friseRan = true" onclick="window.__friseRan = true">link</a> ' +
  '<a href="https://news.example.org/port?a=1&amp;b=2">the report</a><br>next line';
const EXPECTED_TEXT = 'Port closed & ships «waiting»…\n\nlink the report\nnext line';

const TIMELINE = {
  title: {text: {headline: 'The <em>port</em> strike'}},
  events: [
    {
      start_date: {year: 2024, month: 3, day: 4},
      text: {headline: 'Strike <script>alert(1)</script>begins', text: HOSTILE},
    },
    {start_date: {year: -600}, text: {headline: 'Greek harbour'}},
  ],
};

type Spied = {target: object; name: string; kind: 'value' | 'set'};

/** Wraps every DOM entry point that makes elements or parses markup, and lists the calls made to them. */
function watchDom(): {calls: string[]; restore: () => void} {
  const calls: string[] = [];
  const spied: Spied[] = [
    {target: Document.prototype, name: 'createElement', kind: 'value'},
    {target: Document.prototype, name: 'createElementNS', kind: 'value'},
    {target: Document.prototype, name: 'write', kind: 'value'},
    {target: DOMImplementation.prototype, name: 'createHTMLDocument', kind: 'value'},
    {target: DOMParser.prototype, name: 'parseFromString', kind: 'value'},
    {target: Range.prototype, name: 'createContextualFragment', kind: 'value'},
    {target: Element.prototype, name: 'insertAdjacentHTML', kind: 'value'},
    {target: Element.prototype, name: 'innerHTML', kind: 'set'},
    {target: Element.prototype, name: 'outerHTML', kind: 'set'},
    {target: ShadowRoot.prototype, name: 'innerHTML', kind: 'set'},
  ];
  const originals = spied.map(
    ({target, name}) => [target, name, Object.getOwnPropertyDescriptor(target, name)!] as const,
  );
  for (const [target, name, descriptor] of originals) {
    if (descriptor.value) {
      const original = descriptor.value as (...args: unknown[]) => unknown;
      Object.defineProperty(target, name, {
        ...descriptor,
        value(this: unknown, ...args: unknown[]) {
          calls.push(name);
          return original.apply(this, args);
        },
      });
    } else {
      const set = descriptor.set!;
      Object.defineProperty(target, name, {
        ...descriptor,
        set(this: unknown, value: unknown) {
          calls.push(name);
          set.call(this, value);
        },
      });
    }
  }
  return {
    calls,
    restore: () => {
      for (const [target, name, descriptor] of originals) Object.defineProperty(target, name, descriptor);
    },
  };
}

const probe = globalThis as {__friseRan?: boolean};

describe('frise/import in Chromium: HTML made text, never live', () => {
  afterEach(() => {
    delete probe.__friseRan;
  });

  it('gives the same text and links as in Node, and touches no DOM entry point', async () => {
    const dom = watchDom();
    let result: ReturnType<typeof htmlToText>;
    let imported: ReturnType<typeof importTimelineJs>;
    try {
      result = htmlToText(HOSTILE);
      imported = importTimelineJs(TIMELINE);
    } finally {
      dom.restore();
    }
    expect(dom.calls).to.deep.equal([]);
    expect(result.text).to.equal(EXPECTED_TEXT);
    expect(result.links).to.deep.equal([
      {href: 'javascript:window.__friseRan = true', text: 'link'},
      {href: 'https://news.example.org/port?a=1&b=2', text: 'the report'},
    ]);
    expect(result.frames).to.deep.equal(['/frise-probe-frame.html']);
    expect(imported.json!.title).to.equal('The port strike');
    expect(imported.json!.events.map((event) => event.title)).to.deep.equal(['Strike begins', 'Greek harbour']);
    expect(imported.json!.events[1]!.start).to.equal('-0599');
    expect(imported.json!.sources!.map((source) => source.url)).to.deep.equal([
      'https://news.example.org/port?a=1&b=2',
    ]);
    expect(imported.issues.filter((issue) => issue.code === 'unsafe-url')).to.have.length(1);
    expect(imported.feed!.events).to.have.length(2);
  });

  it('runs no handler and fetches nothing the HTML names', async () => {
    htmlToText(HOSTILE);
    importTimelineJs(TIMELINE);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(probe.__friseRan).to.equal(undefined);
    const fetched = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('frise-probe'));
    expect(fetched).to.deep.equal([]);
  });

  it('its text is text: bound as a text node it makes no element', () => {
    const host = document.createElement('div');
    host.textContent = importTimelineJs(TIMELINE).json!.events[0]!.summary as string;
    expect(host.children).to.have.length(0);
    expect(host.textContent).to.equal(EXPECTED_TEXT);
  });

  it('runs in a Worker, where there is no DOM at all, with the same result', async () => {
    const worker = new Worker(new URL('../../test/import/html-text-worker.mjs', import.meta.url), {type: 'module'});
    try {
      const reply = await new Promise<{
        text: ReturnType<typeof htmlToText>;
        imported: unknown;
        hasDocument: boolean;
        hasDOMParser: boolean;
      }>((resolve, reject) => {
        worker.onmessage = (message) => resolve(message.data);
        worker.onerror = (error) => reject(new Error(error.message));
        worker.postMessage({html: HOSTILE, timeline: TIMELINE});
      });
      expect(reply.hasDocument).to.equal(false);
      expect(reply.hasDOMParser).to.equal(false);
      expect(reply.text).to.deep.equal(htmlToText(HOSTILE));
      expect(reply.imported).to.deep.equal(importTimelineJs(TIMELINE).json);
    } finally {
      worker.terminate();
    }
  });
});

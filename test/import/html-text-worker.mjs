// Runs frise/import's HTML-to-text path in a Worker (src/import/html-text.test.ts starts it): a Worker
// has no document, no DOMParser and no element at all, so a result proves none is needed.
import {htmlToText} from '../../src/import/html-text.ts';
import {importTimelineJs} from '../../src/import/timelinejs.ts';

globalThis.onmessage = (message) => {
  const {html, timeline} = message.data;
  globalThis.postMessage({
    text: htmlToText(html),
    imported: importTimelineJs(timeline).json,
    hasDocument: typeof globalThis.document !== 'undefined',
    hasDOMParser: typeof globalThis.DOMParser !== 'undefined',
  });
};

// The code samples of the guides (Getting started, Writing a feed), written here rather than inline in
// the MDX pages: MDX strips the indentation of lines inside JSX attributes. Each recipe carries the same
// minimal feed, printed by feedJson so it reads the same as the "Show code" snippets.
import {BUNDLE_URL, feedJson} from '../support/snippet.js';
import {minimalFeed} from './minimal-feed.js';

/** Indents every line after the first (the first follows code already on its line). */
const indented = (text: string, by: string) =>
  text
    .split('\n')
    .map((line, index) => (index ? by + line : line))
    .join('\n');

const feed = feedJson(minimalFeed);

export const minimalFeedJson = feed;

export const scriptTagWithSrc = `<script type="module" src="${BUNDLE_URL}"></script>

<!-- a feed at a URL (same origin, or served with CORS) -->
<frise-timeline src="my-feed.json"></frise-timeline>`;

export const scriptTagWithFeed = `<script type="module" src="${BUNDLE_URL}"></script>

<frise-timeline id="timeline"></frise-timeline>

<script type="module">
  document.getElementById('timeline').feed = ${indented(feed, '  ')};
</script>`;

export const bundlerImport = `import 'frise/timeline'; // or: import 'frise';

const timeline = document.querySelector('frise-timeline');
timeline.feed = ${feed};
timeline.addEventListener('frise-select', (event) => console.log('selected', event.detail.id));`;

export const checkInNode = `import {parseFeed} from 'frise/model';

const {feed, issues} = parseFeed(JSON.parse(text)); // never throws
for (const issue of issues) console.log(issue.severity, issue.path, issue.message);`;

export const reactApp = `import {FriseTimeline} from 'frise/react';

const feed = ${feed};

export function App() {
  return <FriseTimeline feed={feed} onFriseSelect={(event) => console.log('selected', event.detail.id)} />;
}`;

export const vueConfig = `// vite.config.js
import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('frise-')}}})],
});`;

export const vueComponent = `<script setup>
import 'frise/timeline';

const feed = ${feed};
const onSelect = (event) => console.log('selected', event.detail.id);
</script>

<template>
  <frise-timeline .feed="feed" @frise-select="onSelect"></frise-timeline>
</template>`;

export const kindAndStatus = `{"title": "North Korea denies sending troops", "start": "2024-10-21", "kind": "denial", "status": "confirmed"}`;

export const actorsAndAttribution = `{
  "actors": [
    {"id": "nis", "name": "National Intelligence Service", "shortName": "NIS", "type": "agency"},
    {"id": "north-korea", "name": "North Korea", "type": "state"}
  ],
  "events": [
    {"id": "nis-report", "title": "12,000 troops to be sent", "start": "2024-10-18", "kind": "report",
     "actors": ["nis"], "attribution": {"actors": ["nis"]}}
  ]
}`;

export const relation = `{"id": "un-denial", "title": "North Korea denies it at the UN", "start": "2024-10-21",
 "kind": "denial", "relations": [{"type": "denies", "target": "nis-report"}]}`;

export const preciseDates = `"start": {"date": "2024-10-18", "wording": {"fr": "la semaine dernière"}}
"start": {"date": "2022", "approximate": true}
"start": {"relative": {"unit": "week", "offset": -1}}`;

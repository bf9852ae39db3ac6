// Quick authoring check for a feed file: JSON Schema validation plus reference integrity
// (actor, source and event ids that must exist). The full semantic check is parseFeed().
// Usage: node scripts/check-feed-refs.mjs data/<name>.feed.json
import {readFileSync} from 'node:fs';
import {validateFeed} from '../src/model/generated/validate-feed.js';

const file = process.argv[2];
const feed = JSON.parse(readFileSync(file, 'utf8'));
let problems = 0;
if (!validateFeed(feed)) {
  for (const e of validateFeed.errors)
    console.log(`schema ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  problems += validateFeed.errors.length;
}
const actors = new Set((feed.actors ?? []).map((a) => a.id));
const sources = new Set((feed.sources ?? []).map((s) => s.id));
const events = new Set();
for (const [i, ev] of (feed.events ?? []).entries()) {
  // an event without an id gets a derived one, which nothing can point to: only explicit ids count here
  if (ev.id === undefined) continue;
  if (events.has(ev.id)) {
    console.log(`/events/${i}/id duplicate ${ev.id}`);
    problems++;
  }
  events.add(ev.id);
}
const need = (set, id, where) => {
  if (!set.has(id)) {
    console.log(`${where} unknown id ${id}`);
    problems++;
  }
};
for (const [i, ev] of (feed.events ?? []).entries()) {
  const at = `/events/${i}`;
  (ev.actors ?? []).forEach((id, j) => need(actors, id, `${at}/actors/${j}`));
  (ev.attribution?.actors ?? []).forEach((id, j) => need(actors, id, `${at}/attribution/actors/${j}`));
  (ev.attribution?.via ?? []).forEach((id, j) => need(sources, id, `${at}/attribution/via/${j}`));
  (ev.sources ?? []).forEach((id, j) => need(sources, id, `${at}/sources/${j}`));
  (ev.relations ?? []).forEach((r, j) => need(events, r.target, `${at}/relations/${j}/target`));
  (ev.quotes ?? []).forEach((q, j) => {
    if (q.actor) need(actors, q.actor, `${at}/quotes/${j}/actor`);
    if (q.source) need(sources, q.source, `${at}/quotes/${j}/source`);
  });
  (ev.statusUpdates ?? []).forEach((u, j) => {
    if (u.event) need(events, u.event, `${at}/statusUpdates/${j}/event`);
  });
}
for (const [i, a] of (feed.actors ?? []).entries()) if (a.memberOf) need(actors, a.memberOf, `/actors/${i}/memberOf`);
if (feed.source) need(sources, feed.source, '/source');
console.log(
  problems ? `${problems} problem(s)` : `ok: ${events.size} events, ${actors.size} actors, ${sources.size} sources`,
);
process.exit(problems ? 1 : 0);

// `frise/model`: the feed model without any element. Parse and validate a feed, resolve its dates, pick
// its text in a language, check its URLs and filter its events, in a browser, a Worker or Node 20+.
// Nothing here imports Lit or a DOM module or defines an element (checked by scripts/check-architecture.mjs
// over this file's whole import graph, and in Node by test/node/model-entry.test.mjs).
export {parseFeed} from './parse.js';
export {resolveDateSpec, resolveEventInterval, parseIsoDate} from './dates.js';
export type {ResolvedDate, Precision, DateError, DateErrorCode, DateResult} from './dates.js';
export {pickText, pickLanguage} from './text.js';
export {safeUrl, checkUrl} from './urls.js';
export type {UrlUse, SafeUrlResult} from './urls.js';
export {EMPTY_FILTER, normalizeFilter, isShown, matchesQuery, hidesEvents} from './filter.js';
export type {FriseFilter} from './filter.js';
export {countFacets, toggleHidden} from './filter-facets.js';
export type {FacetCounts, FilterFacet} from './filter-facets.js';
export {incomingRelations} from './relations.js';
export type {IncomingRelation} from './relations.js';
export {FeedIndex, feedIndex} from './feed-index.js';
export type {FeedIndexData, FeedStats} from './feed-index.js';
export {materializeEvent} from './lazy-event.js';
export {KINDS, STATUSES, RELATION_TYPES, UNSPECIFIED} from './types.js';
export type * from './types.js';
export {
  toJSONLD,
  toJSONLDScript,
  CLAIM_RATINGS,
  type FriseJsonLd,
  type JsonLdNode,
  type JsonLdOptions,
  type JsonLdValue,
} from './json-ld.js';

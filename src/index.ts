// Public API: element classes, types and pure helpers. Importing this module defines the elements
// (their classes carry @customElement); `frise/frise.js` is the self-contained one-script-tag bundle.
export {FriseTimeline} from './components/timeline/frise-timeline.js';
export type {PanelPosition} from './components/timeline/frise-timeline.js';
export {FriseEventCard} from './components/event-card/frise-event-card.js';
export {FriseLegend} from './components/legend/frise-legend.js';
export {FriseSelectEvent} from './events/frise-select.js';
export {FriseFilterChangeEvent} from './events/frise-filterchange.js';
export {FriseRangeChangeEvent} from './events/frise-rangechange.js';
export {EMPTY_FILTER, normalizeFilter, isShown, matchesQuery} from './model/filter.js';
export type {FriseFilter} from './model/filter.js';
export {countFacets, toggleHidden} from './model/filter-facets.js';
export {RELATION_GROUP, RELATION_GROUPS, relationDash} from './layout/relation-styles.js';
export type {RelationGroup} from './layout/relation-styles.js';
export {formatEventDate, formatResolvedDate} from './i18n/format-date.js';
export {FriseErrorEvent} from './events/frise-error.js';
export {FriseLoadEvent} from './events/frise-load.js';
export {parseFeed} from './model/parse.js';
export {resolveDateSpec, resolveEventInterval, parseIsoDate} from './model/dates.js';
export type {ResolvedDate, Precision, DateError, DateErrorCode} from './model/dates.js';
export {pickText} from './model/text.js';
export {safeUrl, checkUrl} from './model/urls.js';
export {computeLayout} from './layout/compute-layout.js';
export type {TimelineLayout, MarkLayout, LaneLayout, LabelLayout, LayoutParams} from './layout/compute-layout.js';
export type {LaneBy} from './layout/lanes.js';
export {KINDS, STATUSES, RELATION_TYPES} from './model/types.js';
export type * from './model/types.js';

// `frise`: importing it defines all four elements (<frise-timeline>, <frise-list>, <frise-legend>,
// <frise-event-card>) and exports their classes, the typed events, the layout and i18n helpers and
// everything of `frise/model`. package.json lists it in "sideEffects", so a bundler keeps a bare
// `import 'frise'`. `frise/frise.js` is the self-contained one-script-tag bundle of this module.
export {FriseTimeline} from './components/timeline/frise-timeline.js';
export type {PanelPosition} from './components/timeline/frise-timeline.js';
export {FriseEventCard} from './components/event-card/frise-event-card.js';
export {FriseLegend} from './components/legend/frise-legend.js';
export {FriseList} from './components/list/frise-list.js';
export type {ListVariant} from './components/list/frise-list.js';
export type {TimelineView} from './components/timeline/frise-timeline.js';
export {resolveLanguage, inheritedLanguage} from './i18n/language.js';
export {STRING_TABLES, UI_LANGUAGES} from './i18n/index.js';
export {FriseSelectEvent} from './events/frise-select.js';
export {FriseFilterChangeEvent} from './events/frise-filterchange.js';
export {FriseRangeChangeEvent} from './events/frise-rangechange.js';
export {RELATION_GROUP, RELATION_GROUPS, relationDash} from './layout/relation-styles.js';
export type {RelationGroup} from './layout/relation-styles.js';
export {formatEventDate, formatResolvedDate} from './i18n/format-date.js';
export {FriseErrorEvent} from './events/frise-error.js';
export {FriseLoadEvent} from './events/frise-load.js';
export {FriseCloseEvent} from './events/frise-close.js';
export type {FriseSelectDetail} from './events/frise-select.js';
export type {FriseErrorDetail} from './events/frise-error.js';
export type {FriseLoadDetail} from './events/frise-load.js';
export type {FriseCloseDetail} from './events/frise-close.js';
export type {FriseRangeChangeDetail} from './events/frise-rangechange.js';
export type {FriseFilterChangeDetail} from './events/frise-filterchange.js';
export {computeLayout} from './layout/compute-layout.js';
export type {TimelineLayout, MarkLayout, LaneLayout, LabelLayout, LayoutParams} from './layout/compute-layout.js';
export type {LaneBy} from './layout/lanes.js';
// the pure feed model (also its own entry, `frise/model`)
export * from './model/index.js';

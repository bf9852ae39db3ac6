// `frise`: importing it defines all four elements (<frise-timeline>, <frise-list>, <frise-legend>,
// <frise-event-card>) and exports their classes, the typed events, the layout and i18n helpers and
// everything of `frise/model`. package.json lists it in "sideEffects", so a bundler keeps a bare
// `import 'frise'`. `frise/frise.js` is the self-contained one-script-tag bundle of this module.
export {FriseTimeline} from './components/timeline/frise-timeline.js';
export type {FirstView, PanelPosition} from './components/timeline/frise-timeline.js';
export {FriseEventCard} from './components/event-card/frise-event-card.js';
export {FriseLegend} from './components/legend/frise-legend.js';
export {FriseList} from './components/list/frise-list.js';
export type {ListVariant} from './components/list/frise-list.js';
export type {TimelineView} from './components/timeline/frise-timeline.js';
export {resolveLanguage, inheritedLanguage} from './i18n/language.js';
export {STRING_TABLES, UI_LANGUAGES} from './i18n/index.js';
export {RELATION_GROUP, RELATION_GROUPS, relationDash} from './layout/relation-styles.js';
export type {RelationGroup} from './layout/relation-styles.js';
export {formatEventDate, formatResolvedDate} from './i18n/format-date.js';
export {computeLayout} from './layout/compute-layout.js';
export type {TimelineLayout, MarkLayout, LaneLayout, LabelLayout, LayoutParams} from './layout/compute-layout.js';
export type {LaneBy} from './layout/lanes.js';
export * from './events/index.js';
// the pure feed model (also its own entry, `frise/model`)
export * from './model/index.js';

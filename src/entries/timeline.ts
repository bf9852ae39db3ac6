// `frise/timeline`: defines <frise-timeline> and the elements it composes (<frise-event-card>,
// <frise-legend>, <frise-list>), and exports its class, its types and the events it fires.
import '../components/timeline/frise-timeline.js';
export {FriseTimeline} from '../components/timeline/frise-timeline.js';
export type {PanelPosition, TimelineView} from '../components/timeline/frise-timeline.js';
export type {LaneBy} from '../layout/lanes.js';
export {FriseLoadEvent} from '../events/frise-load.js';
export type {FriseLoadDetail} from '../events/frise-load.js';
export {FriseErrorEvent} from '../events/frise-error.js';
export type {FriseErrorDetail} from '../events/frise-error.js';
export {FriseSelectEvent} from '../events/frise-select.js';
export type {FriseSelectDetail} from '../events/frise-select.js';
export {FriseRangeChangeEvent} from '../events/frise-rangechange.js';
export type {FriseRangeChangeDetail} from '../events/frise-rangechange.js';
export {FriseFilterChangeEvent} from '../events/frise-filterchange.js';
export type {FriseFilterChangeDetail} from '../events/frise-filterchange.js';

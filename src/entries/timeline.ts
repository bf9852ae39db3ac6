// `frise/timeline`: defines <frise-timeline> and the elements it composes (<frise-event-card>,
// <frise-legend>, <frise-list>), and exports its class, its types and every frise event.
import '../components/timeline/frise-timeline.js';
export {FriseTimeline} from '../components/timeline/frise-timeline.js';
export type {FirstView, PanelPosition, TimelineView} from '../components/timeline/frise-timeline.js';
export type {LaneBy} from '../layout/lanes.js';
export * from '../events/index.js';

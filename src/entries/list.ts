// `frise/list`: defines <frise-list> (the feed as a chronological list) and the <frise-event-card> it
// opens in place of the selected event (expand-selected), and exports its class, its types and every
// frise event.
import '../components/list/frise-list.js';
export {FriseList} from '../components/list/frise-list.js';
export type {ListVariant} from '../components/list/frise-list.js';
export * from '../events/index.js';

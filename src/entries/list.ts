// `frise/list`: defines <frise-list> only (the feed as a chronological list), and exports its class,
// its types and the events it fires.
import '../components/list/frise-list.js';
export {FriseList} from '../components/list/frise-list.js';
export type {ListVariant} from '../components/list/frise-list.js';
export {FriseSelectEvent} from '../events/frise-select.js';
export type {FriseSelectDetail} from '../events/frise-select.js';

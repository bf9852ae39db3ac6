// `frise/legend`: defines <frise-legend> only (key and filters of a feed), and exports its class and
// the event it fires.
import '../components/legend/frise-legend.js';
export {FriseLegend} from '../components/legend/frise-legend.js';
export type {FriseFilter} from '../model/filter.js';
export {FriseFilterChangeEvent} from '../events/frise-filterchange.js';
export type {FriseFilterChangeDetail} from '../events/frise-filterchange.js';

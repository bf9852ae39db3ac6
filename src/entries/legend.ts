// `frise/legend`: defines <frise-legend> only (key and filters of a feed), and exports its class, the
// filter type and every frise event.
import '../components/legend/frise-legend.js';
export {FriseLegend} from '../components/legend/frise-legend.js';
export type {FriseFilter} from '../model/filter.js';
export * from '../events/index.js';

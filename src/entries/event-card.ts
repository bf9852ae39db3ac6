// `frise/event-card`: defines <frise-event-card> only (one event in full), and exports its class and
// every frise event.
import '../components/event-card/frise-event-card.js';
export {FriseEventCard} from '../components/event-card/frise-event-card.js';
export * from '../events/index.js';

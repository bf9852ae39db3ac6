// `frise/event-card`: defines <frise-event-card> only (one event in full), and exports its class and
// the events it fires.
import '../components/event-card/frise-event-card.js';
export {FriseEventCard} from '../components/event-card/frise-event-card.js';
export {FriseSelectEvent} from '../events/frise-select.js';
export type {FriseSelectDetail} from '../events/frise-select.js';
export {FriseCloseEvent} from '../events/frise-close.js';
export type {FriseCloseDetail} from '../events/frise-close.js';

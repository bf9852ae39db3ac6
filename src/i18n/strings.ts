import type {EventKind, EventStatus} from '../model/types.js';
import {primarySubtag} from '../model/text.js';

/** Every UI string, per language. Add a language by adding one object with the same keys. */
export interface UiStrings {
  /** Kind names; `unspecified` names the events whose kind is not said (legend toggles, lanes by kind). */
  kinds: Record<EventKind, string>;
  /** Status names; `unspecified` names the events whose status is not said (legend toggles, lanes by status). */
  statuses: Record<EventStatus, string>;
  otherLane: string;
  loading: string;
  empty: string;
  feedProblems: (count: number) => string;
  loadFailed: (url: string, reason: string) => string;
  timelineLabel: (title: string) => string;
  eventCount: (count: number) => string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  toolbar: string;
  overview: string;
  visibleRange: (from: string, to: string) => string;
  chartHelp: string;
  chartSummary: (count: number, from: string, to: string) => string;
  attributedTo: (who: string) => string;
  selectedAnnouncement: (title: string) => string;
  selectionCleared: string;
  rangeAnnouncement: (from: string, to: string) => string;
  showList: string;
  showTimeline: string;
  /** A cluster's accessible name; `mostly` (its main kind and status) is empty when neither is said. */
  clusterLabel: (count: number, period: string, mostly: string) => string;
}

const en: UiStrings = {
  kinds: {
    report: 'report', claim: 'claim', denial: 'denial', statement: 'statement', agreement: 'agreement',
    legislation: 'legislation', military: 'military', diplomatic: 'diplomatic', aid: 'aid', reaction: 'reaction',
    context: 'context', publication: 'publication', unspecified: 'type not given',
  },
  statuses: {reported: 'reported', confirmed: 'confirmed', denied: 'denied', disputed: 'disputed', unverified: 'unverified', unspecified: 'status not given'},
  otherLane: 'Other',
  loading: 'Loading the timeline…',
  empty: 'No events to show.',
  feedProblems: (n) => (n === 1 ? '1 problem in the feed' : `${n} problems in the feed`),
  loadFailed: (url, reason) => `Could not load ${url}: ${reason}`,
  timelineLabel: (title) => (title ? `Timeline: ${title}` : 'Timeline'),
  eventCount: (n) => (n === 1 ? '1 event' : `${n} events`),
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  toolbar: 'Timeline controls',
  overview: 'Overview of the whole timeline; drag the window to move the view',
  visibleRange: (from, to) => `${from} – ${to}`,
  chartHelp: 'Arrow keys move from event to event (up and down between lanes), Home and End go to the first and last, Enter selects, Escape closes the card. + and − zoom, 0 fits, Shift with an arrow or Page Up/Down pans. Scroll, pinch or drag to zoom and pan.',
  chartSummary: (n, from, to) => `${n === 1 ? '1 event' : `${n} events`} from ${from} to ${to}.`,
  attributedTo: (who) => `according to ${who}`,
  selectedAnnouncement: (title) => `Selected: ${title}`,
  selectionCleared: 'Selection cleared',
  rangeAnnouncement: (from, to) => `Showing ${from} to ${to}`,
  showList: 'List',
  showTimeline: 'Timeline',
  clusterLabel: (n, period, mostly) => `${n} events, ${period}${mostly ? `: mostly ${mostly}` : ''}. Press Enter to zoom in.`,
};

const fr: UiStrings = {
  kinds: {
    report: 'information', claim: 'affirmation', denial: 'démenti', statement: 'déclaration', agreement: 'accord',
    legislation: 'législation', military: 'militaire', diplomatic: 'diplomatie', aid: 'aide', reaction: 'réaction',
    context: 'contexte', publication: 'publication', unspecified: 'type non précisé',
  },
  statuses: {reported: 'rapporté', confirmed: 'confirmé', denied: 'démenti', disputed: 'contesté', unverified: 'non vérifié', unspecified: 'statut non précisé'},
  otherLane: 'Autres',
  loading: 'Chargement de la frise…',
  empty: 'Aucun événement à afficher.',
  feedProblems: (n) => (n === 1 ? '1 problème dans le flux' : `${n} problèmes dans le flux`),
  loadFailed: (url, reason) => `Impossible de charger ${url} : ${reason}`,
  timelineLabel: (title) => (title ? `Frise chronologique : ${title}` : 'Frise chronologique'),
  eventCount: (n) => (n <= 1 ? `${n} événement` : `${n} événements`),
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Ajuster',
  toolbar: 'Commandes de la frise',
  overview: 'Vue d’ensemble de la frise ; faites glisser la fenêtre pour déplacer la vue',
  visibleRange: (from, to) => `${from} – ${to}`,
  chartHelp: 'Les flèches passent d’un événement à l’autre (haut et bas : d’une ligne à l’autre), Début et Fin vont au premier et au dernier, Entrée sélectionne, Échap ferme la fiche. + et − zooment, 0 ajuste, Maj avec une flèche ou Page préc./suiv. déplacent la vue. Molette, pincement ou glisser pour zoomer et se déplacer.',
  chartSummary: (n, from, to) => `${n <= 1 ? `${n} événement` : `${n} événements`} du ${from} au ${to}.`,
  attributedTo: (who) => `selon ${who}`,
  selectedAnnouncement: (title) => `Sélectionné : ${title}`,
  selectionCleared: 'Sélection annulée',
  rangeAnnouncement: (from, to) => `Affichage du ${from} au ${to}`,
  showList: 'Liste',
  showTimeline: 'Frise',
  clusterLabel: (n, period, mostly) => `${n} événements, ${period}${mostly ? ` : surtout ${mostly}` : ''}. Entrée pour zoomer.`,
};

export const UI_STRINGS: Readonly<Record<string, UiStrings>> = {en, fr};

/** The UI strings for a language tag (its primary subtag), English when the language has none. */
export function uiStrings(language: string): UiStrings {
  return UI_STRINGS[primarySubtag(language)] ?? en;
}

import {html, nothing, type TemplateResult} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import type {FriseFeed} from '../../../model/types.js';
import {pickLanguage, pickText} from '../../../model/text.js';
import type {ClusterLayout} from '../../../layout/compute-layout.js';
import {formatResolvedDate} from '../../../i18n/format-date.js';
import {uiStrings} from '../../../i18n/strings.js';
import {clusterPrecision} from './clusters.js';

/** A cluster opened into the list of its events (at the deepest zoom, where zooming cannot separate them). */
export interface OpenCluster {
  key: string;
  /** Its accessible name and heading, e.g. "3 events, 22 October 2024". */
  heading: string;
  /** Its events, in time order, as the list shows them. */
  items: Array<{id: string; title: string; language: string; kind: string; status: string}>;
  /** How many more events it holds than the list shows. */
  more: string;
  /** Top-left corner in the chart box's px. */
  left: number;
  top: number;
}

/**
 * A cluster as its list shows it: its events' titles (in the language shown), kinds and statuses, its
 * heading ("3 events, 22 October 2024"), and where the list goes: under the cluster's target, inside the chart.
 */
export function openCluster(
  cluster: Pick<ClusterLayout, 'key' | 'members' | 'count' | 'start' | 'end' | 'unit'>,
  feed: FriseFeed,
  language: string,
  target: Element,
  chart: Element,
): OpenCluster {
  const strings = uiStrings(language);
  const box = target.getBoundingClientRect();
  const frame = chart.getBoundingClientRect();
  const items = cluster.members
    .map((id) => feed.eventById.get(id))
    .filter((event) => event !== undefined)
    .map((event) => ({
      id: event.id,
      title: pickText(event.title, language, feed.language),
      language: pickLanguage(event.title, language, feed.language),
      kind: event.kind,
      status: event.status,
    }));
  const precision = clusterPrecision(cluster.unit);
  const when = {start: cluster.start, end: cluster.end, precision, approximate: false, relative: false, verified: true};
  const period = formatResolvedDate(when, language);
  return {
    key: cluster.key,
    heading: strings.clusterListHeading(cluster.count, period),
    items,
    more: cluster.count > items.length ? strings.moreProblems(cluster.count - items.length).replace(/\s*$/, '') : '',
    left: Math.max(4, Math.min(frame.width - 284, box.left + box.width / 2 - frame.left - 140)),
    top: box.bottom - frame.top + 4,
  };
}

/**
 * The list a cluster opens into: a small non-modal dialog near the cluster, one button per event
 * (choosing one selects it), and a close button. Escape closes it; the element returns focus.
 */
export function renderClusterList(
  open: OpenCluster,
  closeLabel: string,
  onChoose: (id: string) => void,
  onClose: () => void,
): TemplateResult {
  return html`<div part="cluster-list" class="cluster-list" role="dialog" aria-label=${open.heading}
    style=${styleMap({left: `${open.left}px`, top: `${open.top}px`})}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }}>
    <div class="cluster-list-head">
      <p class="cluster-list-title">${open.heading}</p>
      <button type="button" class="cluster-list-close" aria-label=${closeLabel} title=${closeLabel} @click=${onClose}>×</button>
    </div>
    <ul>
      ${open.items.map(
        (
          item,
        ) => html`<li><button type="button" class="cluster-list-item kind-${item.kind} status-${item.status}" data-event-id=${item.id}
        lang=${item.language} @click=${() => onChoose(item.id)}>${item.title}</button></li>`,
      )}
    </ul>
    ${open.more ? html`<p class="cluster-list-more">${open.more}</p>` : nothing}
  </div>`;
}

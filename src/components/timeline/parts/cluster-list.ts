import {html, nothing, type TemplateResult} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';

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

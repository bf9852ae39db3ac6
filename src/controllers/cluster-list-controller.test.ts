import {expect, fixture, html as testHtml} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {LitElement, html, nothing, svg} from 'lit';
import {ClusterListController} from './cluster-list-controller.js';

// A host of the least kind: two cluster targets (one that zooming separates, one that it cannot) and the
// list the controller opens. The controller knows it only by its callbacks.
class ClusterHost extends LitElement {
  log: string[] = [];
  readonly clusters = new ClusterListController(this, {
    zoomInto: (start, end) => {
      this.log.push(`zoom ${start}-${end}`);
      return start === 0;
    },
    describe: (key) => ({
      key,
      heading: `Block ${key}`,
      items: [
        {id: 'x', title: 'X', language: 'en', kind: 'report', status: 'reported'},
        {id: 'y', title: 'Y', language: 'en', kind: 'report', status: 'reported'},
      ],
      more: '',
      left: 0,
      top: 0,
    }),
    firstItem: () => this.renderRoot.querySelector<HTMLButtonElement>('.item'),
    choose: (id) => this.log.push(`choose ${id}`),
  });

  protected override render() {
    const open = this.clusters.open;
    return html`<svg width="200" height="40" @click=${this.clusters.activate} @keydown=${this.clusters.onKey}>
        ${svg`<rect data-cluster="wide" data-start="0" data-end="10" tabindex="0" width="20" height="20"></rect>`}
        ${svg`<rect data-cluster="instant" data-start="5" data-end="6" tabindex="0" x="40" width="20" height="20"></rect>`}
      </svg>
      ${
        open
          ? html`<div role="dialog" aria-label=${open.heading} @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.clusters.close()}>
        ${open.items.map((item) => html`<button class="item" @click=${() => this.clusters.choose(item.id)}>${item.title}</button>`)}</div>`
          : nothing
      }`;
  }
}
customElements.define('cluster-host', ClusterHost);

const target = (host: ClusterHost, key: string) =>
  host.shadowRoot!.querySelector<SVGRectElement>(`[data-cluster="${key}"]`)!;

describe('ClusterListController', () => {
  it('zooms into a cluster that zooming separates, and opens nothing', async () => {
    const host = await fixture<ClusterHost>(testHtml`<cluster-host></cluster-host>`);
    target(host, 'wide').focus();
    await sendKeys({press: 'Enter'});
    await host.updateComplete;
    expect(host.log).to.deep.equal(['zoom 0-10']);
    expect(host.clusters.open).to.equal(null);
  });

  it('opens the list of a cluster zooming cannot separate, focuses its first event, and gives the focus back on Escape', async () => {
    const host = await fixture<ClusterHost>(testHtml`<cluster-host></cluster-host>`);
    target(host, 'instant').focus();
    await sendKeys({press: 'Enter'});
    await host.updateComplete;
    await host.updateComplete;
    expect(host.clusters.open?.heading).to.equal('Block instant');
    expect(host.shadowRoot!.activeElement?.textContent).to.equal('X');
    await sendKeys({press: 'Escape'});
    await host.updateComplete;
    expect(host.clusters.open).to.equal(null);
    expect(host.shadowRoot!.activeElement).to.equal(target(host, 'instant'));
  });

  it('choosing an event closes the list, and a moved view dismisses it', async () => {
    const host = await fixture<ClusterHost>(testHtml`<cluster-host></cluster-host>`);
    target(host, 'instant').dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    await host.updateComplete;
    host.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item')[1]!.click();
    await host.updateComplete;
    expect(host.log).to.include('choose y');
    expect(host.clusters.open).to.equal(null);
    expect(host.shadowRoot!.activeElement).to.equal(target(host, 'instant'));
    target(host, 'instant').dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    await host.updateComplete;
    host.clusters.dismiss();
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('[role="dialog"]')).to.equal(null);
  });
});

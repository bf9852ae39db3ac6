import {expect, fixture, html as testHtml, waitUntil} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {LitElement, html, svg} from 'lit';
import {createRef, ref} from 'lit/directives/ref.js';
import {OverviewBrushController} from './overview-brush-controller.js';

// A host with a strip of 400 × 40 px: it records what the reader asks the brush to show.
class BrushHost extends LitElement {
  readonly groupRef = createRef<SVGGElement>();
  shows: Array<[number, number]> = [];
  clears = 0;
  readonly brush = new OverviewBrushController(this, {
    group: () => this.groupRef.value ?? null,
    extent: () => ({left: 0, right: 400, height: 40}),
    show: (x0, x1) => this.shows.push([x0, x1]),
    cleared: () => (this.clears += 1),
  });

  protected override render() {
    return html`<svg width="400" height="40" style="display: block">${svg`<g ${ref(this.groupRef)}></g>`}</svg>`;
  }
}
customElements.define('brush-host', BrushHost);

const windowOf = (host: BrushHost) => {
  const selection = host.renderRoot.querySelector('.selection')!;
  return [Number(selection.getAttribute('x')), Number(selection.getAttribute('width'))];
};

describe('OverviewBrushController', () => {
  it('shows the span it follows, clamped to the strip and never negative', async () => {
    const host = await fixture<BrushHost>(testHtml`<brush-host></brush-host>`);
    host.brush.attach(100, 200);
    expect(windowOf(host)).to.deep.equal([100, 100]);
    host.brush.follow(-50, 1000);
    expect(windowOf(host)).to.deep.equal([0, 400]);
    host.brush.follow(300, 250); // a span from before a resize: reversed
    expect(windowOf(host)[1]).to.equal(0);
    expect(host.shows).to.deep.equal([]); // its own moves are not the reader's
  });

  it('tells the host when the reader drags the window, and is not driving once the drag is over', async () => {
    const host = await fixture<BrushHost>(testHtml`<brush-host></brush-host>`);
    host.brush.attach(100, 200);
    const box = host.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(box.left + 150), Math.round(box.top + 20)]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [Math.round(box.left + 250), Math.round(box.top + 20)]});
    await sendMouse({type: 'up'});
    await waitUntil(() => host.shows.length > 0, 'the drag reached the host');
    const [x0, x1] = host.shows.at(-1)!;
    expect(x0).to.be.closeTo(200, 2);
    expect(x1).to.be.closeTo(300, 2);
    expect(host.brush.driving).to.equal(false);
  });
});

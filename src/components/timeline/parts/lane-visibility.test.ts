import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {LitElement} from 'lit';
import {LaneVisibility} from './lane-visibility.js';

class LaneHost extends LitElement {
  changes = 0;
  readonly lanes = new LaneVisibility(this, () => this.changes++);
}
customElements.define('lane-visibility-test-host', LaneHost);

const band = (top: number) => {
  const div = document.createElement('div');
  div.style.cssText = `position: absolute; left: 0; top: ${top}px; width: 100px; height: 50px`;
  return div;
};

describe('LaneVisibility', () => {
  it('counts a lane as near until its first report, then follows the screen', async () => {
    const host = await fixture<LaneHost>(html`<lane-visibility-test-host></lane-visibility-test-host>`);
    const near = band(10);
    const far = band(window.innerHeight * 3);
    document.body.append(near, far);
    try {
      host.lanes.watch([
        [near, 'near'],
        [far, 'far'],
      ]);
      expect(host.lanes.isNear('near')).to.equal(true);
      expect(host.lanes.isNear('far')).to.equal(true);
      await waitUntil(() => !host.lanes.isNear('far'), 'the far band is reported away');
      expect(host.lanes.isNear('near')).to.equal(true);
      expect(host.changes).to.equal(1);
      far.style.top = '80px';
      await waitUntil(() => host.lanes.isNear('far'), 'the band that moved into view is reported near');
      expect(host.changes).to.equal(2);
    } finally {
      near.remove();
      far.remove();
    }
  });

  it('watches nothing for a host that has left the page (an observer would keep it alive)', async () => {
    const host = await fixture<LaneHost>(html`<lane-visibility-test-host></lane-visibility-test-host>`);
    const near = band(10);
    document.body.append(near);
    try {
      host.remove();
      host.lanes.watch([[near, 'near']]);
      expect(host.lanes.isNear('near')).to.equal(false);
      document.body.append(host);
      host.lanes.watch([[near, 'near']]);
      expect(host.lanes.isNear('near')).to.equal(true);
    } finally {
      near.remove();
      host.remove();
    }
  });
});

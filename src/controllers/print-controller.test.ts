import {expect, fixture, html as testHtml, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {LitElement, html} from 'lit';
import {PrintController} from './print-controller.js';

class PrintHost extends LitElement {
  changes: boolean[] = [];
  readonly print = new PrintController(this, {changed: (printing) => this.changes.push(printing)});
  protected override render() {
    return html`<p>${this.print.printing ? 'paper' : 'screen'}</p>`;
  }
}
customElements.define('print-host', PrintHost);

describe('PrintController', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('follows print emulation (no print event fires) and says each change once', async () => {
    const host = await fixture<PrintHost>(testHtml`<print-host></print-host>`);
    expect(host.print.printing).to.equal(false);
    await emulateMedia({media: 'print'});
    await waitUntil(() => host.print.printing, 'printing');
    await emulateMedia({media: 'screen'});
    await waitUntil(() => !host.print.printing, 'back on screen');
    expect(host.changes).to.deep.equal([true, false]);
  });

  it('follows beforeprint and afterprint, and stops listening when its host leaves the page', async () => {
    const host = await fixture<PrintHost>(testHtml`<print-host></print-host>`);
    window.dispatchEvent(new Event('beforeprint'));
    expect(host.print.printing).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(host.print.printing).to.equal(false);
    host.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(host.changes).to.deep.equal([true, false]);
    window.dispatchEvent(new Event('afterprint'));
  });
});

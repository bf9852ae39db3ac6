import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {fileSlug} from './export-image.js';

// The chart as a picture (issue 15, point 3): toSVG(), toPNG() and the toolbar's "Download image" button.

async function mount(attrs = ''): Promise<FriseTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  wrapper.innerHTML = `<frise-timeline view="timeline" panel="bottom" lang="fr" ${attrs}></frise-timeline>`;
  const el = wrapper.querySelector<FriseTimeline>('frise-timeline')!;
  el.feed = seed;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="event"]'), 'drawn');
  await el.updateComplete;
  return el;
}

describe('<frise-timeline> export', () => {
  it('toSVG gives a standalone SVG document of the chart, named by the feed title, with the labels shown', async () => {
    const el = await mount();
    const text = el.toSVG()!;
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const svg = doc.documentElement;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.contain('Des soldats nord-coréens pour la Russie');
    expect(svg.querySelector('desc')!.textContent).to.match(/\d+ événements/);
    const box = el.shadowRoot!.querySelector('svg[part="chart"]')!.getBoundingClientRect();
    // the labels a reader sees: the keyboard's stops parked beyond each edge are not in the picture
    const shown = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('[part~="event-label"]')]
      .filter((label) => {
        const at = label.getBoundingClientRect();
        return (
          getComputedStyle(label).visibility !== 'hidden' &&
          at.width > 0 &&
          at.left >= box.left &&
          at.right <= box.right
        );
      })
      .map((label) => label.textContent!.trim())
      .filter(Boolean);
    expect(shown.length).to.be.above(5);
    const exported = svg.textContent!;
    for (const label of shown) expect(exported, label).to.contain(label);
    expect(text).not.to.match(/<script|\son\w+=/i);
  });

  it('gives null in the list view, and the toolbar has no download button unless asked', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelector('[part="export"]')).to.equal(null);
    el.view = 'list';
    await el.updateComplete;
    expect(el.toSVG()).to.equal(null);
    expect(await el.toPNG()).to.equal(null);
  });

  it('toPNG gives a PNG twice the size of the chart on screen', async () => {
    const el = await mount();
    const png = (await el.toPNG())!;
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    const chart = el.shadowRoot!.querySelector('svg[part="chart"]')!;
    expect(bitmap.width).to.equal(2 * chart.clientWidth);
    expect(bitmap.height).to.equal(2 * chart.clientHeight);
  });

  it('with `export`, the toolbar button downloads the PNG under a name made of the title', async () => {
    const el = await mount('export');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="export"]')!;
    expect(button.textContent!.trim()).to.equal('Télécharger l’image');
    let downloaded: HTMLAnchorElement | undefined;
    const catchDownload = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link instanceof HTMLAnchorElement && link.download) {
        downloaded = link;
        event.preventDefault(); // the test browser saves nothing
      }
    };
    document.addEventListener('click', catchDownload, true);
    try {
      button.click();
      await waitUntil(() => downloaded, 'a download started');
    } finally {
      document.removeEventListener('click', catchDownload, true);
    }
    expect(downloaded!.download).to.equal('des-soldats-nord-coreens-pour-la-russie-l-article-du-22.png');
    expect(downloaded!.href).to.match(/^blob:/);
    await expect(el).to.be.accessible();
  });

  it('names files from titles in any script, without a cut letter', () => {
    expect(fileSlug('Des soldats nord-coréens : l’article')).to.equal('des-soldats-nord-coreens-l-article');
    expect(fileSlug('الجنود الكوريون الشماليون')).to.equal('الجنود-الكوريون-الشماليون');
    expect(fileSlug('<script>alert(1)</script>')).to.equal('script-alert-1-script');
    expect(fileSlug('   ')).to.equal('');
    expect([...fileSlug('𝐀'.repeat(100))]).to.have.length(60);
  });
});

// A picture of the chart as it is on screen: a self-contained SVG file, and a PNG drawn from it.
//
// The chart is styled by the timeline's shadow-root style sheets, which a file does not carry: each
// element's computed style (custom properties, the light or dark theme, forced colours: all resolved
// already) is written on its copy as presentation attributes. Being a copy of what is drawn, it shows
// the same view, lanes and filtered events. What is there to be used rather than seen is left out:
// focus rings and hit targets (the selected event's ring stays), the hovered title's overlay, marks
// parked off screen as keyboard stops, hidden elements, and every attribute for scripts, styles or
// assistive technology (the file's root says what the picture shows instead, with <title> and <desc>).
// Feed text goes from the clone to XMLSerializer as text nodes and attribute values: nothing is ever
// parsed as markup, and the serializer escapes it.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What `serializeChartSVG` needs besides the chart. */
export interface ChartImageOptions {
  /** The picture's accessible name: the root's `<title>` (the feed's title, say). */
  title: string;
  /** Its description: the root's `<desc>` (what it shows: the events, their span, the lanes). */
  description: string;
  /**
   * Width of the picture in px; by default the chart's drawn width (or, with `height` only, the width
   * that keeps its proportions). The drawing scales to it: its view box stays the drawn chart's.
   */
  width?: number;
  /** Height of the picture in px; by default the drawn height (or the one that keeps the proportions). */
  height?: number;
  /**
   * A CSS colour painted behind the chart; by default the colour behind it on the page (the nearest
   * ancestor's opaque background, across shadow roots: the timeline's surface). `transparent` or
   * `none` paint nothing.
   */
  background?: string;
}

/** What `rasterizeSVG` needs besides the SVG text. */
export interface RasterOptions {
  /** The picture's size in CSS px (the SVG's width and height). */
  width: number;
  height: number;
  /** Device pixels per CSS px (2 for a sharp picture on a high-density screen); default 1. */
  scale?: number;
}

/**
 * Computed style properties that inherit in SVG, written on an element only where they differ from
 * its parent's (the root writes them all, so a page that inlines the file passes nothing down).
 */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'direction',
  'visibility',
] as const;

/** Properties that do not inherit, written where they differ from their initial value. */
const OWN: Readonly<Record<string, string>> = {
  opacity: '1',
  // inherited in SVG 2 but not in SVG 1.1: written on each text that needs it, for either reader
  'dominant-baseline': 'auto',
  'vector-effect': 'none',
  'unicode-bidi': 'normal',
};

/** Presentation attributes the clone may carry from the page (d3's `fill="currentColor"`…), replaced by the computed ones. */
const REPLACED = new Set<string>([...INHERITED, ...Object.keys(OWN), 'color', 'font', 'mask', 'style', 'class']);

/** Elements that never belong in a picture: scripts, styles, HTML islands and media to load. */
const DROPPED_ELEMENTS = new Set(['script', 'style', 'foreignobject', 'iframe', 'image', 'audio', 'video', 'canvas']);

/** Elements that draw nothing by themselves (paint servers, masks, definitions, metadata). */
const NOT_RENDERED = new Set([
  'defs',
  'title',
  'desc',
  'metadata',
  'lineargradient',
  'radialgradient',
  'pattern',
  'mask',
  'clippath',
  'marker',
  'symbol',
  'filter',
]);

/**
 * What the chart draws for the reader's hand, not for the eye: the marks' focus rings (each also its
 * mark's 24 px hit target, and the selected event's dashed ring, which stays: see `isInteractionOnly`),
 * the clusters' focusable targets, and the hovered event's whole title laid over its neighbours.
 */
const INTERACTION_ONLY = '.focus-ring, [part~="cluster"], .full-title';

/**
 * Whether an element is there for interaction only. The selected event's ring says which event the
 * drawn relations belong to, so it stays, unless the keyboard focus is on it (the ring then shows the
 * focus, in the focus colour).
 */
function isInteractionOnly(element: Element): boolean {
  if (!element.matches(INTERACTION_ONLY)) return false;
  if (!element.matches('.focus-ring') || !element.closest('.selected')) return true;
  return element.closest('.mark')?.matches(':focus-visible') ?? false;
}

/** The generic families every text falls back to, where the page's own font is not installed. */
const FALLBACK_FAMILIES = ['system-ui', 'sans-serif'];

/**
 * The chart as a self-contained SVG document (text): a copy of what is drawn, styled with presentation
 * attributes so it looks the same anywhere (the same theme, colours, dashes, fonts with generic
 * fallbacks, faded ends as SVG masks), without what serves interaction (focus rings, hit targets, the
 * hover overlay, off-screen keyboard stops, hidden elements, `tabindex`, `role`, event handlers,
 * `class`, `data-*`, `aria-*`). Its root is `role="img"`, named by `options.title` and described by
 * `options.description` (`<title>` and `<desc>` first, `aria-labelledby` both).
 *
 * `chart` is the timeline's `svg[part=chart]`, drawn and in the page (its styles are computed). The
 * chart alone is the picture: the overview strip and the edge counts ("‹ 3 earlier") are controls.
 */
export function serializeChartSVG(chart: SVGSVGElement, options: ChartImageOptions): string {
  const drawn = drawnSize(chart);
  const viewBox = chart.viewBox.baseVal;
  const box =
    viewBox && viewBox.width > 0 && viewBox.height > 0
      ? {x: viewBox.x, y: viewBox.y, width: viewBox.width, height: viewBox.height}
      : {x: 0, y: 0, width: drawn.width, height: drawn.height};
  const size = pictureSize(drawn, options);
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const ids = uniquePrefix();
  const masks = new MaskDefinitions(ids, copy.ownerDocument);
  const colors = new ColorNormalizer();

  const walker = new StyleCopier(chart.getBoundingClientRect(), masks, colors);
  walker.copy(chart, copy, undefined);

  // the root: sized and described (the copier already took off the page's own attributes)
  copy.setAttribute('width', format(size.width));
  copy.setAttribute('height', format(size.height));
  copy.setAttribute('viewBox', [box.x, box.y, box.width, box.height].map(format).join(' '));
  copy.setAttribute('role', 'img');
  copy.setAttribute('aria-labelledby', `${ids}title ${ids}desc`);

  // a transform on the root itself (the mirrored chart of a right-to-left page) moves into a group
  const rootTransform = transformAttribute(chart, getComputedStyle(chart), drawn, box);
  if (rootTransform) {
    const group = copy.ownerDocument.createElementNS(SVG_NS, 'g');
    group.setAttribute('transform', rootTransform);
    group.append(...copy.childNodes);
    copy.append(group);
  }

  const background = backgroundColor(chart, options.background, colors);
  if (background) {
    const rect = copy.ownerDocument.createElementNS(SVG_NS, 'rect');
    for (const [name, value] of Object.entries({
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
    }))
      rect.setAttribute(name, format(value));
    rect.setAttribute('fill', background.hex);
    if (background.alpha < 1) rect.setAttribute('fill-opacity', format(background.alpha));
    copy.prepend(rect);
  }
  const defs = masks.element();
  if (defs) copy.prepend(defs);
  const description = copy.ownerDocument.createElementNS(SVG_NS, 'desc');
  description.id = `${ids}desc`;
  description.textContent = options.description;
  const title = copy.ownerDocument.createElementNS(SVG_NS, 'title');
  title.id = `${ids}title`;
  title.textContent = options.title;
  copy.prepend(title, description);

  dropDanglingReferences(copy);
  return new XMLSerializer().serializeToString(copy);
}

/**
 * A PNG of an SVG document (`serializeChartSVG`'s): the SVG is loaded as an image from a `blob:` URL
 * (a `data:` URL if that fails) and drawn on a canvas of `width × scale` by `height × scale` pixels.
 * A page with a Content-Security-Policy must allow one of them for images: `img-src blob:` (or
 * `data:`). The SVG is drawn as an image, so it loads nothing and runs nothing, and only installed
 * fonts are used.
 *
 * Rejects with a RangeError for a size or scale that is not a positive number or makes a canvas larger
 * than browsers draw (16,384 px a side, 2^28 px in all), and with an Error when the image cannot load.
 */
export async function rasterizeSVG(svgText: string, options: RasterOptions): Promise<Blob> {
  const scale = options.scale ?? 1;
  const pixelWidth = Math.round(options.width * scale);
  const pixelHeight = Math.round(options.height * scale);
  if (![options.width, options.height, scale].every((n) => Number.isFinite(n) && n > 0))
    throw new RangeError(
      `rasterizeSVG: width, height and scale must be positive numbers (got ${options.width}, ${options.height}, ${scale})`,
    );
  if (
    pixelWidth < 1 ||
    pixelHeight < 1 ||
    pixelWidth > MAX_SIDE ||
    pixelHeight > MAX_SIDE ||
    pixelWidth * pixelHeight > MAX_AREA
  )
    throw new RangeError(
      `rasterizeSVG: a ${pixelWidth} × ${pixelHeight} px picture is larger than browsers draw (at most ${MAX_SIDE} px a side and ${MAX_AREA} px in all)`,
    );
  const image = await loadSvgImage(svgText);
  const canvas = document.createElement('canvas');
  canvas.width = pixelWidth;
  canvas.height = pixelHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('rasterizeSVG: this browser gives no 2D canvas');
  context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('rasterizeSVG: the canvas gave no PNG'))),
      'image/png',
    ),
  );
}

/** Canvas limits that every current browser draws (Chromium's are larger, Safari's area is this). */
const MAX_SIDE = 16_384;
const MAX_AREA = 2 ** 28;

async function loadSvgImage(svgText: string): Promise<HTMLImageElement> {
  const blobUrl = URL.createObjectURL(new Blob([svgText], {type: 'image/svg+xml'}));
  try {
    return await decodedImage(blobUrl);
  } catch {
    // a page whose Content-Security-Policy allows data: images but not blob: ones
    try {
      return await decodedImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`);
    } catch {
      throw new Error(
        'rasterizeSVG: the SVG could not be loaded as an image; if the page has a Content-Security-Policy, its img-src must allow blob: (or data:)',
      );
    }
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
}

async function decodedImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  await image.decode();
  return image;
}

/** Copies computed styles from the drawn chart onto its clone, element by element, and prunes the clone. */
class StyleCopier {
  constructor(
    private readonly screen: DOMRect,
    private readonly masks: MaskDefinitions,
    private readonly colors: ColorNormalizer,
  ) {}

  /**
   * Styles `copy` like `original` and then its children; returns false when the copy was removed (or
   * kept nothing visible, and was removed).
   */
  copy(original: Element, copy: Element, parent: Presentation | undefined): boolean {
    const name = original.localName.toLowerCase();
    if (DROPPED_ELEMENTS.has(name)) {
      copy.remove();
      return false;
    }
    if (NOT_RENDERED.has(name)) {
      // definitions and metadata draw nothing themselves (and have no box on screen): kept as they
      // are, with their ids, less what scripts and assistive technology read
      for (const element of [copy, ...copy.querySelectorAll('*')])
        for (const attribute of [...element.attributes])
          if (droppedAttribute(attribute.name) && attribute.name !== 'id') element.removeAttribute(attribute.name);
      return true;
    }
    const style = getComputedStyle(original);
    if (
      style.display === 'none' ||
      (parent !== undefined && (isInteractionOnly(original) || this.offScreen(original)))
    ) {
      copy.remove();
      return false;
    }
    const own = this.presentation(style, name);
    for (const attribute of [...copy.attributes]) {
      if (REPLACED.has(attribute.name) || droppedAttribute(attribute.name)) copy.removeAttribute(attribute.name);
    }
    for (const property of INHERITED) {
      const value = own[property];
      if (value !== undefined && (parent === undefined || value !== parent[property]))
        copy.setAttribute(property, value);
    }
    for (const [property, initial] of Object.entries(OWN)) {
      const value = own[property];
      if (value !== undefined && value !== initial) copy.setAttribute(property, value);
    }
    if (parent !== undefined) {
      const transform = transformAttribute(original, style);
      if (transform) copy.setAttribute('transform', transform);
    }
    const mask = this.masks.forMaskImage(
      style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image'),
    );
    if (mask) copy.setAttribute('mask', `url(#${mask})`);

    // children: elements pair up with their clones in order; comments (Lit's markers) go, and so does
    // whitespace between elements, while text inside a <text> stays as it is
    const originals = [...original.children];
    const copies = [...copy.children];
    for (const node of [...copy.childNodes]) {
      if (node.nodeType === Node.COMMENT_NODE) node.remove();
      else if (node.nodeType === Node.TEXT_NODE && !isText(name) && !node.textContent?.trim()) node.remove();
    }
    let visibleChild = false;
    originals.forEach((child, i) => {
      if (this.copy(child, copies[i]!, own)) visibleChild = true;
    });

    if (parent === undefined) return true;
    if (name === 'a') {
      // a link in a picture leads nowhere: it becomes a group, its content and styles kept
      const group = copy.ownerDocument.createElementNS(SVG_NS, 'g');
      for (const attribute of [...copy.attributes])
        if (!/^(?:xlink:)?href$|^target$|^download$|^rel$/.test(attribute.name))
          group.setAttribute(attribute.name, attribute.value);
      group.append(...copy.childNodes);
      copy.replaceWith(group);
      if (!visibleChild) group.remove();
      return visibleChild;
    }
    const shown = own['visibility'] === 'visible';
    let keep: boolean;
    if (name === 'g' || name === 'svg') keep = visibleChild;
    else if (name === 'tspan' || name === 'textpath')
      return shown; // part of its text's flow: never taken out alone
    else if (name === 'text') keep = (shown || visibleChild) && (copy.textContent ?? '').trim() !== '';
    // a shape drawn in no colour (a transparent hit target) or hidden: nothing to see
    else keep = shown && (own['fill'] !== 'none' || own['stroke'] !== 'none');
    if (!keep) copy.remove();
    return keep;
  }

  /** Entirely outside the chart's box on screen (a mark parked as a keyboard stop, a count far left). */
  private offScreen(element: Element): boolean {
    if (!(element instanceof SVGGraphicsElement) || element.localName === 'tspan') return false;
    const box = element.getBoundingClientRect();
    // nothing drawn (an empty group, a text with no characters, a placeholder path "M0,0")
    if (box.width === 0 && box.height === 0) return true;
    const screen = this.screen;
    return box.right < screen.left || box.left > screen.right || box.bottom < screen.top || box.top > screen.bottom;
  }

  /** The presentation attributes a computed style comes to (colours as hex, their alpha in the opacities). */
  private presentation(style: CSSStyleDeclaration, name: string): Presentation {
    const fill = this.colors.paint(style.fill);
    const stroke = this.colors.paint(style.stroke);
    const families = style.fontFamily
      .split(',')
      .map((family) => family.trim())
      .filter(Boolean);
    for (const fallback of FALLBACK_FAMILIES) if (!families.includes(fallback)) families.push(fallback);
    const presentation: Presentation = {
      fill: fill.value,
      'fill-opacity': format(fill.alpha * number(style.fillOpacity, 1)),
      stroke: stroke.value,
      'stroke-opacity': format(stroke.alpha * number(style.strokeOpacity, 1)),
      'stroke-width': pixels(style.strokeWidth),
      'stroke-dasharray': style.strokeDasharray === 'none' ? 'none' : pixels(style.strokeDasharray),
      'stroke-dashoffset': pixels(style.strokeDashoffset),
      'stroke-linecap': style.strokeLinecap,
      'stroke-linejoin': style.strokeLinejoin,
      'paint-order': style.getPropertyValue('paint-order') || 'normal',
      'font-family': families.join(', '),
      'font-size': pixels(style.fontSize),
      'font-weight': style.fontWeight,
      'font-style': style.fontStyle,
      'text-anchor': style.textAnchor,
      direction: style.direction,
      visibility: style.visibility === 'visible' ? 'visible' : 'hidden',
      opacity: format(number(style.opacity, 1)),
      'vector-effect': style.getPropertyValue('vector-effect') || 'none',
    };
    if (isText(name)) {
      presentation['dominant-baseline'] = style.dominantBaseline || 'auto';
      presentation['unicode-bidi'] = style.unicodeBidi || 'normal';
    }
    return presentation;
  }
}

type Presentation = Record<string, string>;

function isText(name: string): boolean {
  return name === 'text' || name === 'tspan' || name === 'textpath';
}

/** Attributes for scripts, styles and assistive technology, which a picture has no use for. */
function droppedAttribute(name: string): boolean {
  return (
    /^(?:on|data-|aria-)/i.test(name) ||
    ['tabindex', 'role', 'part', 'exportparts', 'id', 'focusable', 'draggable', 'contenteditable'].includes(name)
  );
}

/**
 * The `transform` attribute that draws an element where CSS put it, or undefined when its own
 * attribute already does (CSS transforms, such as a right-to-left page's mirrored texts, win over the
 * attribute and turn about their `transform-origin` in their `transform-box`).
 */
function transformAttribute(
  element: Element,
  style: CSSStyleDeclaration,
  rootSize?: {width: number; height: number},
  viewBox?: {x: number; y: number; width: number; height: number},
): string | undefined {
  if (!style.transform || style.transform === 'none') return undefined;
  const css = new DOMMatrix(style.transform);
  if (rootSize && viewBox) {
    // the outer <svg>'s transform applies to its CSS box: its origin in px becomes view box units
    if (css.isIdentity) return undefined;
    const [ox, oy] = origin(style.transformOrigin);
    const ux = viewBox.x + (ox * viewBox.width) / rootSize.width;
    const uy = viewBox.y + (oy * viewBox.height) / rootSize.height;
    return matrixText(new DOMMatrix().translate(ux, uy).multiply(css).translate(-ux, -uy));
  }
  const attribute =
    element instanceof SVGGraphicsElement
      ? (element.transform.baseVal.consolidate()?.matrix ?? new DOMMatrix())
      : new DOMMatrix();
  if (sameMatrix(css, DOMMatrix.fromMatrix(attribute))) return undefined;
  let [ox, oy] = origin(style.transformOrigin);
  if (style.transformBox === 'fill-box' || style.transformBox === 'stroke-box' || style.transformBox === 'border-box') {
    const box = element instanceof SVGGraphicsElement ? element.getBBox() : undefined;
    ox += box?.x ?? 0;
    oy += box?.y ?? 0;
  }
  return matrixText(new DOMMatrix().translate(ox, oy).multiply(css).translate(-ox, -oy));
}

function origin(value: string): [number, number] {
  const [x = 0, y = 0] = value.split(/\s+/).map((part) => parseFloat(part) || 0);
  return [x, y];
}

function sameMatrix(a: DOMMatrix, b: DOMMatrix): boolean {
  return (['a', 'b', 'c', 'd', 'e', 'f'] as const).every((key) => Math.abs(a[key] - b[key]) < 1e-6);
}

function matrixText(m: DOMMatrix): string {
  return `matrix(${[m.a, m.b, m.c, m.d, m.e, m.f].map(format).join(' ')})`;
}

/**
 * `url(#…)` and `href="#…"` references that point at nothing in the document are removed: a renderer
 * would draw a missing mask as nothing, and a missing paint server as black.
 */
function dropDanglingReferences(root: Element): void {
  const ids = new Set([...root.querySelectorAll('[id]')].map((element) => element.id));
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const targets = [...attribute.value.matchAll(/url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/g)].map((match) => match[1]!);
      if (/^(?:xlink:)?href$/.test(attribute.name) && attribute.value.startsWith('#'))
        targets.push(attribute.value.slice(1));
      else if (/^(?:xlink:)?href$/.test(attribute.name)) {
        // a picture links and loads nothing
        element.removeAttribute(attribute.name);
        continue;
      }
      if (targets.some((id) => !ids.has(id))) element.removeAttribute(attribute.name);
    }
  }
}

/**
 * CSS `mask-image` gradients (a bar's imprecise ends fading out) as SVG masks: CSS masks do not exist
 * outside the page's style sheets. A linear gradient of alphas becomes a white gradient of the same
 * stop opacities across the element's bounding box; any other mask image is left out.
 */
class MaskDefinitions {
  private readonly byImage = new Map<string, string | undefined>();
  private readonly definitions: Element[] = [];

  constructor(
    private readonly prefix: string,
    private readonly document: Document,
  ) {}

  /** The id of the mask for a computed `mask-image`, or undefined for none (or one that is not a linear gradient). */
  forMaskImage(image: string): string | undefined {
    if (!image || image === 'none') return undefined;
    if (this.byImage.has(image)) return this.byImage.get(image);
    const gradient = parseLinearGradient(image);
    let id: string | undefined;
    if (gradient) {
      id = `${this.prefix}mask${this.definitions.length / 2}`;
      const paint = this.svg('linearGradient', {
        id: `${id}-gradient`,
        gradientUnits: 'userSpaceOnUse',
        x1: gradient.x1,
        y1: gradient.y1,
        x2: gradient.x2,
        y2: gradient.y2,
      });
      for (const stop of gradient.stops)
        paint.append(this.svg('stop', {offset: stop.offset, 'stop-color': '#ffffff', 'stop-opacity': stop.alpha}));
      // the mask's content is laid out in the masked element's bounding box (0…1); it reaches beyond
      // the box so that strokes on its edges stay drawn, as a CSS mask over the stroke box keeps them
      const mask = this.svg('mask', {
        id,
        maskUnits: 'objectBoundingBox',
        maskContentUnits: 'objectBoundingBox',
        x: -0.5,
        y: -0.5,
        width: 2,
        height: 2,
      });
      mask.append(this.svg('rect', {x: -0.5, y: -0.5, width: 2, height: 2, fill: `url(#${id}-gradient)`}));
      this.definitions.push(paint, mask);
    }
    this.byImage.set(image, id);
    return id;
  }

  /** The `<defs>` holding every mask made, or undefined when none was needed. */
  element(): Element | undefined {
    if (this.definitions.length === 0) return undefined;
    const defs = this.document.createElementNS(SVG_NS, 'defs');
    defs.append(...this.definitions);
    return defs;
  }

  private svg(name: string, attributes: Record<string, string | number>): Element {
    const element = this.document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes))
      element.setAttribute(key, typeof value === 'number' ? format(value) : value);
    return element;
  }
}

interface LinearGradient {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stops: {offset: number; alpha: number}[];
}

/** A computed `linear-gradient(…)` as a vector across the unit box and stops of alpha; undefined for anything else. */
export function parseLinearGradient(image: string): LinearGradient | undefined {
  const match = /^linear-gradient\((.*)\)$/s.exec(image.trim());
  if (!match) return undefined;
  const parts = splitTopLevel(match[1]!);
  let angle = 180; // CSS's default: to bottom
  const first = parts[0]?.trim() ?? '';
  const sides: Record<string, number> = {'to top': 0, 'to right': 90, 'to bottom': 180, 'to left': 270};
  if (first in sides) {
    angle = sides[first]!;
    parts.shift();
  } else if (/^-?[\d.]+deg$/.test(first)) {
    angle = parseFloat(first);
    parts.shift();
  } else if (/^to /.test(first) || /^-?[\d.]+(?:rad|turn|grad)$/.test(first)) {
    return undefined;
  }
  const colors = new ColorNormalizer();
  const stops: {offset: number | undefined; alpha: number}[] = [];
  for (const part of parts) {
    const stop = /^(.*?)(?:\s+(-?[\d.]+)%)?$/s.exec(part.trim());
    const color = stop ? colors.rgba(stop[1]!.trim()) : undefined;
    if (!stop || !color) return undefined;
    stops.push({offset: stop[2] === undefined ? undefined : parseFloat(stop[2]) / 100, alpha: color[3]});
  }
  if (stops.length < 2) return undefined;
  // CSS's rules for stops without a position: the ends at 0 and 1, the others spread between their
  // positioned neighbours, and no stop before the one ahead of it
  stops[0]!.offset ??= 0;
  stops[stops.length - 1]!.offset ??= 1;
  for (let i = 1; i < stops.length; i++) {
    if (stops[i]!.offset !== undefined) continue;
    let j = i;
    while (stops[j]!.offset === undefined) j++;
    const from = stops[i - 1]!.offset!;
    const to = stops[j]!.offset!;
    for (let k = i; k < j; k++) stops[k]!.offset = from + ((to - from) * (k - i + 1)) / (j - i + 1);
  }
  let previous = 0;
  const placed = stops.map((stop) => {
    previous = Math.max(previous, Math.min(1, Math.max(0, stop.offset!)));
    return {offset: previous, alpha: stop.alpha};
  });
  const radians = (angle * Math.PI) / 180;
  const dx = Math.sin(radians) / 2;
  const dy = -Math.cos(radians) / 2;
  // rounded, so that "to right" is exactly horizontal
  const at = (n: number) => Math.round(n * 1e6) / 1e6;
  return {x1: at(0.5 - dx), y1: at(0.5 - dy), x2: at(0.5 + dx), y2: at(0.5 + dy), stops: placed};
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Computed colours as `#rrggbb` and an alpha: what every SVG reader understands (computed styles may
 * give `color(srgb …)` for a `color-mix()`, or a space other than sRGB, which a canvas converts).
 */
class ColorNormalizer {
  private readonly known = new Map<string, [number, number, number, number] | undefined>();
  private context?: CanvasRenderingContext2D | null;

  /** A computed `fill` or `stroke`: a colour, or `none` (so is a paint server: the chart draws with none). */
  paint(value: string): {value: string; alpha: number} {
    const rgba = value === 'none' || value.startsWith('url(') ? undefined : this.rgba(value);
    if (!rgba || rgba[3] === 0) return {value: 'none', alpha: 1};
    return {value: hex(rgba), alpha: rgba[3]};
  }

  /** [r, g, b] in 0–255 and alpha in 0–1, or undefined for what is not a colour. */
  rgba(value: string): [number, number, number, number] | undefined {
    if (this.known.has(value)) return this.known.get(value);
    const rgba = parseRgb(value) ?? this.drawn(value);
    this.known.set(value, rgba);
    return rgba;
  }

  /** A colour of any syntax the browser knows, painted on one pixel and read back. */
  private drawn(value: string): [number, number, number, number] | undefined {
    if (!CSS.supports('color', value)) return undefined;
    if (this.context === undefined) {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      this.context = canvas.getContext('2d', {willReadFrequently: true});
    }
    const context = this.context;
    if (!context) return undefined;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = value;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  }
}

/** `rgb()`, `rgba()` and `color(srgb …)` as computed styles write them. */
function parseRgb(value: string): [number, number, number, number] | undefined {
  const legacy = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (legacy) {
    const alpha = legacy[4] === undefined ? 1 : parseFloat(legacy[4]) / (legacy[5] ? 100 : 1);
    return [parseFloat(legacy[1]!), parseFloat(legacy[2]!), parseFloat(legacy[3]!), alpha];
  }
  const srgb = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (srgb) {
    const channel = (text: string) => Math.min(255, Math.max(0, parseFloat(text) * 255));
    const alpha = srgb[4] === undefined ? 1 : parseFloat(srgb[4]) / (srgb[5] ? 100 : 1);
    return [channel(srgb[1]!), channel(srgb[2]!), channel(srgb[3]!), alpha];
  }
  return undefined;
}

function hex([r, g, b]: [number, number, number, number]): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The colour behind the chart: the one asked for (`transparent` and `none`: nothing), else the nearest
 * opaque-ish background among its ancestors, across shadow roots; undefined when there is none.
 */
function backgroundColor(
  chart: Element,
  asked: string | undefined,
  colors: ColorNormalizer,
): {hex: string; alpha: number} | undefined {
  if (asked !== undefined) {
    const rgba = asked.trim() === 'none' ? undefined : colors.rgba(asked.trim());
    return rgba && rgba[3] > 0 ? {hex: hex(rgba), alpha: rgba[3]} : undefined;
  }
  let element: Element | null = chart;
  while (element) {
    const rgba = colors.rgba(getComputedStyle(element).backgroundColor);
    if (rgba && rgba[3] > 0) return {hex: hex(rgba), alpha: rgba[3]};
    element = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

/** The chart's size in CSS px as laid out (before any CSS transform). */
function drawnSize(chart: SVGSVGElement): {width: number; height: number} {
  const box = chart.getBoundingClientRect();
  return {width: chart.clientWidth || box.width, height: chart.clientHeight || box.height};
}

function pictureSize(
  drawn: {width: number; height: number},
  options: ChartImageOptions,
): {width: number; height: number} {
  const positive = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined);
  const width = positive(options.width);
  const height = positive(options.height);
  const ratio = drawn.height > 0 ? drawn.width / drawn.height : 1;
  return {
    width: width ?? (height !== undefined ? height * ratio : drawn.width),
    height: height ?? (width !== undefined ? width / ratio : drawn.height),
  };
}

/** Ids unique to one picture, so that two pictures inlined in one page never share a mask. */
function uniquePrefix(): string {
  return `frise-${Math.random().toString(36).slice(2, 8)}-`;
}

/** A number for an attribute: at most 3 decimals, no trailing zeros. */
function format(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

function number(text: string, fallback: number): number {
  const n = parseFloat(text);
  return Number.isFinite(n) ? n : fallback;
}

/** Lengths in px as bare numbers (`2px` → `2`, `3px, 2px` → `3, 2`): the form every SVG reader takes. */
function pixels(value: string): string {
  return value.replace(/(-?[\d.]+(?:e[-+]?\d+)?)px/g, (_, n: string) => format(parseFloat(n)));
}

/**
 * Saves a blob as a file the browser downloads, named `filename`: an `<a download>` on a `blob:` URL (a
 * download is not an image load, so `img-src` does not govern it). The URL is let go once the click is done.
 */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A file name made of a title: lower case, accents dropped, anything but letters and digits of any script
 * made a dash, at most 60 characters ending on a whole word ("Des soldats nord-coréens…" → "des-soldats-nord-coreens…").
 */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const characters = [...slug];
  if (characters.length <= 60) return slug;
  // cut between code points (never inside a letter outside the BMP), and after a whole word when there is one
  const cut = characters.slice(0, 60).join('');
  const lastDash = cut.lastIndexOf('-');
  return (characters[60] === '-' || lastDash < 20 ? cut : cut.slice(0, lastDash)).replace(/-+$/, '');
}

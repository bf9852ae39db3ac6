// Architecture and safety rules of DESIGN.md, checked over the source tree (part of `npm test`):
//  1. src/model and src/layout import nothing from components, controllers or lit, and never touch
//     document or window (pure modules, testable without a DOM).
//  2. No unsafeHTML, innerHTML, outerHTML, insertAdjacentHTML, D3 .html() or eval anywhere in src/.
//  4. src/import (the `frise/import` entry, importers from other tools' formats) is as pure as the model:
//     no lit, no element, no DOM global, no DOMParser, through every import its entry makes, so that it
//     runs in Node and Workers and never parses HTML as live markup.
//  6. The feed worker (src/worker/feed-worker.ts), followed through every import, is as pure: it runs in a
//     Worker, which has no document, window or elements.
//  3. The `frise/model` entry (src/model/index.ts), followed through every import it makes, reaches no
//     lit, no DOM-bound d3 module, nothing in components, controllers, events or entries, and no module
//     that touches document, window or customElements (so it loads in Node and defines nothing).
//  5. src/model and src/layout keep no module-level WeakMap or Map of per-feed data: what is derived from
//     a feed is built once by its FeedIndex (src/model/feed-index.ts) and kept there (DESIGN.md, "Per-feed
//     data has one owner"). Module-level maps of a few strings (formatters per locale) are named in
//     ALLOWED_MODULE_MAPS.
// Writes {passed, failed} to $FRISE_ARCH_TOTALS when set.
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const sources = files('src').filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f) && !f.includes('/generated/'));

const rules = [
  {
    name: 'model and layout import no components, controllers, lit or d3 DOM modules',
    applies: (f) => /^src\/(model|layout)\//.test(f),
    bad: /from\s+['"](?:\.\.\/)+(?:components|controllers|events)\/|from\s+['"](?:lit|lit\/.*|d3-selection|d3-zoom|d3-brush|d3-axis)['"]/,
  },
  {
    name: 'model and layout never use document or window',
    applies: (f) => /^src\/(model|layout)\//.test(f),
    bad: /\b(?:document|window|globalThis\.document|HTMLElement|customElements)\b/,
  },
  {
    name: 'import (src/import) imports no components, controllers, events, entries, lit or DOM-bound d3',
    applies: (f) => /^src\/import\//.test(f),
    bad: /from\s+['"](?:\.\.\/)+(?:components|controllers|events|entries|react)\/|from\s+['"](?:lit|lit\/.*|lit-html|@lit\/.*|d3-selection|d3-zoom|d3-brush|d3-axis)['"]/,
  },
  {
    name: 'import (src/import) never uses document, window, DOMParser or elements',
    applies: (f) => /^src\/import\//.test(f),
    bad: /\b(?:document|window|globalThis\.document|HTMLElement|customElements|DOMParser|createContextualFragment|XMLSerializer)\b/,
  },
  {
    name: 'no HTML parsing of text (unsafeHTML, innerHTML, outerHTML, insertAdjacentHTML, .html(), eval, new Function)',
    applies: () => true,
    bad: /unsafeHTML|unsafeSVG|\.innerHTML|\.outerHTML|insertAdjacentHTML|\.html\(|\beval\(|new Function\(/,
  },
  {
    // one base for language, theme, events and failure handling: an element that skipped it would
    // have its own language rule, fire events no framework sees the detail of, or throw out of render()
    name: 'elements extend FriseElement (not LitElement) and fire events only through its emit()',
    applies: (f) => /^src\/components\//.test(f) && !f.endsWith('/shared/frise-element.ts'),
    bad: /extends\s+LitElement\b|\.dispatchEvent\(/,
  },
  {
    // pure view logic, tested as functions: what to draw and which layouts to draw with
    name: 'the scene, the keyboard path and the timeline views touch no DOM and no lit',
    applies: (f) =>
      /^src\/components\/timeline\/(?:scene|timeline-views)\.ts$|^src\/layout\/keyboard-path\.ts$/.test(f),
    bad: /(?<![-\w])(?:document|window|globalThis)\.(?!js['"])|\b(?:HTMLElement|SVGElement|customElements|querySelector|getComputedStyle)\b|from\s+['"](?:lit|lit\/.*|d3-selection)['"]/,
  },
  {
    name: 'only the feed controller fetches (one place that loads, aborts and reloads a src)',
    applies: (f) => !f.endsWith('/controllers/feed-controller.ts'),
    bad: /\bfetch\(/,
  },
];

// Every module reached from an entry by static or dynamic imports (type-only ones too: a pure module has
// no business naming an element's types either). Returns the reached files and the bare specifiers.
function importGraph(entry) {
  const reached = new Set();
  const bare = new Map(); // specifier -> the file importing it
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const specifiers = [
      ...code.matchAll(
        /\b(?:import|export)\s[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
      ),
    ].map((match) => match[1] ?? match[2] ?? match[3]);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) {
        if (!bare.has(specifier)) bare.set(specifier, file);
        continue;
      }
      const base = join(dirname(file), specifier);
      const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
      const target = candidates.find((path) => {
        try {
          return statSync(path).isFile();
        } catch {
          return false;
        }
      });
      if (target) pending.push(target);
      else bare.set(`${specifier} (unresolved)`, file);
    }
  }
  return {reached: [...reached], bare};
}

// module-level maps in src/model and src/layout that hold no per-feed data: file → the names allowed
const ALLOWED_MODULE_MAPS = {
  'src/model/dates.ts': ['stringDates'], // date strings → their resolution (bounded, feed-independent)
  'src/layout/time-format.ts': ['tickFormatters', 'supportedLocales'], // per locale
  'src/layout/compute-layout.ts': ['baseScales'], // per layout object (a d3 scale per layout), not per feed
};

let passed = 0;
let failed = 0;
{
  // the feed worker runs in a Worker: what it reaches must not need a document, a window or an element
  const name =
    'the feed worker (src/worker/feed-worker.ts) reaches no lit, DOM-bound d3, components, controllers, events, entries or DOM globals';
  const {reached, bare} = importGraph('src/worker/feed-worker.ts');
  const offenders = [];
  for (const [specifier, file] of bare) offenders.push(`${file}: imports ${specifier}`);
  for (const file of reached) {
    if (/^src\/(?:components|controllers|events|entries|react|i18n)\//.test(file))
      offenders.push(`${file}: reached from src/worker/feed-worker.ts`);
    if (file.includes('/generated/')) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        // code only: comments and the text of strings may name a (feed) document
        const code = line
          .replace(/\/\*.*?\*\/|\/\/.*$/g, '')
          .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
        if (/\b(?:document|window|customElements|HTMLElement|localStorage)\b/.test(code) && !/^\s*\*/.test(line))
          offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  if (!reached.includes('src/model/parse.ts'))
    offenders.push(`the scan did not reach parse.ts (${reached.length} modules)`);
  if (offenders.length === 0) {
    passed += 1;
    console.log(`✓ ${name} (${reached.length} modules)`);
  } else {
    failed += 1;
    console.log(`✗ ${name}\n  ${offenders.join('\n  ')}`);
  }
}
{
  const name = 'model and layout keep no module-level (Weak)Map cache: per-feed data belong to the FeedIndex';
  const offenders = [];
  for (const file of sources.filter((f) => /^src\/(model|layout)\//.test(f))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const match = /^(?:export\s+)?(?:const|let|var)\s+(\w+)\b[^=]*=\s*new\s+(?:Weak)?Map\b/.exec(line);
        if (match && !(ALLOWED_MODULE_MAPS[file] ?? []).includes(match[1]))
          offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  if (offenders.length === 0) {
    passed += 1;
    console.log(`✓ ${name}`);
  } else {
    failed += 1;
    console.log(`✗ ${name}\n  ${offenders.join('\n  ')}`);
  }
}
{
  const name =
    'frise/model (src/model/index.ts) reaches no lit, DOM-bound d3, components, controllers, events, entries or DOM globals';
  const {reached, bare} = importGraph('src/model/index.ts');
  const offenders = [];
  for (const [specifier, file] of bare) {
    if (
      /^(?:lit|lit-html|lit-element|@lit\/.*|@lit-labs\/.*|d3-selection|d3-zoom|d3-brush|d3-axis|d3-transition|react|react-dom)(?:\/|$)|unresolved/.test(
        specifier,
      )
    ) {
      offenders.push(`${file}: imports ${specifier}`);
    }
  }
  for (const file of reached) {
    if (/^src\/(?:components|controllers|events|entries|react)\//.test(file))
      offenders.push(`${file}: reached from src/model/index.ts`);
    if (file.includes('/generated/')) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        if (/\b(?:document|window|customElements|HTMLElement)\b/.test(code) && !/^\s*\*/.test(line))
          offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  if (reached.length < 2)
    offenders.push(`only ${reached.length} module(s) reached: the import scan found nothing to follow`);
  if (offenders.length === 0) {
    passed += 1;
    console.log(`✓ ${name} (${reached.length} modules)`);
  } else {
    failed += 1;
    console.log(`✗ ${name}\n  ${offenders.join('\n  ')}`);
  }
}
{
  const name =
    'frise/import (src/import/index.ts) reaches no lit, DOM-bound d3, components, controllers, events, entries or DOM globals';
  const {reached, bare} = importGraph('src/import/index.ts');
  const offenders = [];
  for (const [specifier, file] of bare)
    if (
      /^(?:lit|lit-html|lit-element|@lit\/.*|@lit-labs\/.*|d3-selection|d3-zoom|d3-brush|d3-axis|d3-transition|react|react-dom)(?:\/|$)|unresolved/.test(
        specifier,
      )
    )
      offenders.push(`${file}: imports ${specifier}`);
  for (const file of reached) {
    if (/^src\/(?:components|controllers|events|entries|react)\//.test(file))
      offenders.push(`${file}: reached from src/import/index.ts`);
    if (file.includes('/generated/')) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        if (/\b(?:document|window|customElements|HTMLElement|DOMParser)\b/.test(code) && !/^\s*\*/.test(line))
          offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  if (!reached.includes('src/import/html-text.ts') || !reached.includes('src/model/parse.ts'))
    offenders.push(`the import scan did not reach the importers (${reached.length} modules)`);
  if (offenders.length === 0) {
    passed += 1;
    console.log(`✓ ${name} (${reached.length} modules)`);
  } else {
    failed += 1;
    console.log(`✗ ${name}\n  ${offenders.join('\n  ')}`);
  }
}
for (const rule of rules) {
  const offenders = [];
  for (const file of sources.filter(rule.applies)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        if (rule.bad.test(code) && !/^\s*\*/.test(line))
          offenders.push(`${relative('.', file)}:${i + 1}: ${line.trim()}`);
      });
  }
  if (offenders.length === 0) {
    passed += 1;
    console.log(`✓ ${rule.name}`);
  } else {
    failed += 1;
    console.log(`✗ ${rule.name}\n  ${offenders.join('\n  ')}`);
  }
}
console.log(`architecture: ${passed} passed, ${failed} failed`);
if (process.env.FRISE_ARCH_TOTALS) writeFileSync(process.env.FRISE_ARCH_TOTALS, JSON.stringify({passed, failed}));
process.exit(failed ? 1 : 0);

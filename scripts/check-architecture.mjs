// Architecture and safety rules of DESIGN.md, checked over the source tree (part of `npm test`):
//  1. src/model and src/layout import nothing from components, controllers or lit, and never touch
//     document or window (pure modules, testable without a DOM).
//  2. No unsafeHTML, innerHTML, outerHTML, insertAdjacentHTML, D3 .html() or eval anywhere in src/.
// Writes {passed, failed} to $FRISE_ARCH_TOTALS when set.
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';

const files = (dir) => readdirSync(dir).flatMap((name) => {
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
    name: 'no HTML parsing of text (unsafeHTML, innerHTML, outerHTML, insertAdjacentHTML, .html(), eval, new Function)',
    applies: () => true,
    bad: /unsafeHTML|unsafeSVG|\.innerHTML|\.outerHTML|insertAdjacentHTML|\.html\(|\beval\(|new Function\(/,
  },
];

let passed = 0;
let failed = 0;
for (const rule of rules) {
  const offenders = [];
  for (const file of sources.filter(rule.applies)) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '');
      if (rule.bad.test(code) && !/^\s*\*/.test(line)) offenders.push(`${relative('.', file)}:${i + 1}: ${line.trim()}`);
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

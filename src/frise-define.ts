// The one-script-tag entry: importing it defines every frise element. dist/frise.js bundles this
// file with lit and d3 so a page needs only <script type="module" src=".../frise.js">.
export * from './index.js';

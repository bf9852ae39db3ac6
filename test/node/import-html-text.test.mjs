// The HTML-to-text tokenizer of frise/import (src/import/html-text.ts), in Node: no DOM exists here,
// so every result below comes from the string walk alone.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {loadImport} from '../import/build.mjs';

let htmlToText;
let decodeEntities;

before(async () => {
  ({htmlToText, decodeEntities} = (await loadImport()).module);
});

test('there is no DOM to lean on in this process', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.DOMParser, 'undefined');
});

test('tags are dropped, <br> is a line break, blocks and paragraphs stand on lines of their own', () => {
  assert.equal(htmlToText('Hello <b>bold</b> and <i>italic</i>').text, 'Hello bold and italic');
  assert.equal(htmlToText('one<br>two<BR/>three<br />four').text, 'one\ntwo\nthree\nfour');
  assert.equal(htmlToText('<p>First paragraph.</p><p>Second one.</p>').text, 'First paragraph.\n\nSecond one.');
  assert.equal(htmlToText('<div>a</div><div>b</div>').text, 'a\nb');
  assert.equal(htmlToText('<ul><li>one</li><li>two</ul>after').text, '• one\n• two\n\nafter');
  assert.equal(htmlToText('<h2>Title</h2>text').text, 'Title\n\ntext');
});

test('whitespace collapses as a browser collapses it, except in <pre>; no-break spaces stay', () => {
  assert.equal(htmlToText('  a \n\t b   c  ').text, 'a b c');
  assert.equal(htmlToText('a&nbsp;&nbsp;b').text, 'a\u00a0\u00a0b');
  assert.equal(htmlToText('<pre>x  =  1\n  y</pre>').text, 'x  =  1\ny');
  assert.equal(htmlToText('<p>\n\n</p><p></p>text<p></p>').text, 'text');
});

test('character references: common names, decimal and hexadecimal, legacy ones without a semicolon', () => {
  assert.equal(decodeEntities('&amp; &lt;b&gt; &quot;q&quot; &apos;s&apos;'), '& <b> "q" \'s\'');
  assert.equal(decodeEntities('&eacute;t&eacute; &Eacute;cole &ccedil;a &uuml;ber &szlig;'), 'été École ça über ß');
  assert.equal(
    decodeEntities('&rsquo; &ldquo;x&rdquo; &laquo;&nbsp;y&nbsp;&raquo; &mdash; &ndash; &hellip; &euro;'),
    '’ “x” «\u00a0y\u00a0» — – … €',
  );
  assert.equal(decodeEntities('&#233; &#x2014; &#X1F600; &#8217;'), 'é — 😀 ’');
  assert.equal(decodeEntities('AT&amp T &copy 2024'), 'AT& T © 2024');
  assert.equal(
    decodeEntities('&eacute without semicolon'),
    '&eacute without semicolon',
    'only legacy names go without ;',
  );
  assert.equal(decodeEntities('&unknownname; & &; &#;'), '&unknownname; & &; &#;');
  assert.equal(
    decodeEntities('&#0; &#xD800; &#x110000;'),
    '\ufffd \ufffd \ufffd',
    'NUL, surrogates and beyond Unicode are replaced',
  );
  assert.equal(decodeEntities('&constructor; &__proto__; &toString;'), '&constructor; &__proto__; &toString;');
  // decoded once: an escaped tag stays text, it is never read as a tag
  assert.equal(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;').text, '<script>alert(1)</script>');
});

test('script, style and other non-text elements are skipped with their content, whatever their case', () => {
  assert.equal(htmlToText('a<script>alert("</p>")</script>b').text, 'ab');
  assert.equal(htmlToText('a<SCRIPT type="module">x<y</ScRiPt >b').text, 'ab');
  assert.equal(htmlToText('a<style>p { color: red }</style>b').text, 'ab');
  assert.equal(htmlToText('a<template><p>inert</p></template>b').text, 'ab');
  assert.equal(htmlToText('a<svg><text>drawn</text></svg>b').text, 'ab');
  assert.equal(htmlToText('a<noscript>no js</noscript>b<title>t</title>c').text, 'abc');
  assert.equal(htmlToText('a<scripty>kept</scripty>b').text, 'akeptb', '<scripty> is not <script>');
  assert.equal(htmlToText('a<script>never closed').text, 'a');
  assert.equal(htmlToText('a<script>x</scriptx>still script</script>b').text, 'ab');
});

test('event handlers and attributes never reach the text; an image says its alt text', () => {
  const {text} = htmlToText(
    '<img src="x" onerror="alert(1)"><p onclick=\'alert(2)\' style="x">Hi</p><a href="#" onmouseover=alert(3)>there</a>',
  );
  assert.equal(text, 'Hi\n\nthere');
  assert.doesNotMatch(text, /alert|onerror|onclick/);
  assert.equal(
    htmlToText('Before <img alt="the harbour at dawn" src="x.jpg"> after').text,
    'Before the harbour at dawn after',
  );
});

test('comments, doctypes, processing instructions and stray < are handled as a browser would', () => {
  assert.equal(htmlToText('a<!-- <b>hidden</b> -->b<!DOCTYPE html>c<?xml x?>d').text, 'abcd');
  assert.equal(htmlToText('a<!-- never closed').text, 'a');
  assert.equal(htmlToText('1 < 2 and 3 <4 and <> and </ >x').text, '1 < 2 and 3 <4 and <> and x');
  assert.equal(
    htmlToText('unfinished <b class="x').text,
    'unfinished',
    'a tag left open drops the rest, as a browser does',
  );
  assert.equal(
    htmlToText('<b title="a > b">text</b>').text,
    'text',
    'a > inside a quoted attribute does not end the tag',
  );
  assert.equal(htmlToText('a</>b').text, 'ab');
});

test('links are reported with their decoded href and text; iframes with their src', () => {
  const {text, links, frames} = htmlToText(
    'See <a href="https://ex.org/a?b=1&amp;c=2" target=_blank>the <em>report</em></a>, <A HREF=\'https://ex.org/b\'>B</A> and <a>no href</a>.<iframe src="https://player.vimeo.com/video/1"></iframe>',
  );
  assert.equal(text, 'See the report, B and no href.');
  assert.deepEqual(links, [
    {href: 'https://ex.org/a?b=1&c=2', text: 'the report'},
    {href: 'https://ex.org/b', text: 'B'},
  ]);
  assert.deepEqual(frames, ['https://player.vimeo.com/video/1']);
  // a link left open ends with the text; a new <a> closes the previous one
  assert.deepEqual(htmlToText('<a href="u1">one <a href="u2">two').links, [
    {href: 'u1', text: 'one'},
    {href: 'u2', text: 'two'},
  ]);
  // the href is reported as written: checking it is the URL choke point's job
  assert.deepEqual(htmlToText('<a href=" javascript:alert(1) ">x</a>').links, [
    {href: 'javascript:alert(1)', text: 'x'},
  ]);
});

test('any input comes back as text, never an exception', () => {
  for (const input of [
    undefined,
    null,
    42,
    {},
    [],
    '',
    '<',
    '&',
    '<<<>>>',
    '</',
    '<a',
    '<a href',
    '<a href="',
    '&#',
    '&#x',
  ]) {
    const result = htmlToText(input);
    assert.equal(typeof result.text, 'string', String(input));
    assert.ok(Array.isArray(result.links));
  }
  // a small random alphabet of the characters that matter to the tokenizer
  const alphabet = [
    '<',
    '>',
    '/',
    '&',
    ';',
    '#',
    'x',
    '"',
    "'",
    '=',
    ' ',
    '\n',
    'a',
    'b',
    'script',
    'br',
    'p',
    '!--',
    '-->',
  ];
  let seed = 20240619;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let run = 0; run < 2000; run++) {
    let html = '';
    for (let i = 0; i < 40; i++) html += alphabet[Math.floor(random() * alphabet.length)];
    const {text} = htmlToText(html);
    assert.equal(typeof text, 'string');
    assert.doesNotMatch(text, /<script/i, `a <script tag survived: ${JSON.stringify(html)} -> ${JSON.stringify(text)}`);
  }
});

test('a large text is read in one linear pass', () => {
  const big = '<p>Some <b>bold</b> &amp; <a href="https://ex.org/x">a link</a> text.</p>'.repeat(20_000); // 1.4 MB
  const start = performance.now();
  const {text, links} = htmlToText(big);
  const elapsed = performance.now() - start;
  assert.equal(links.length, 20_000);
  assert.ok(text.startsWith('Some bold & a link text.\n\nSome bold'));
  assert.ok(elapsed < 2000, `took ${elapsed.toFixed(0)} ms`);
  // many unclosed '<' followed by letters: each tag read must not rescan the rest of the text
  const many = 'a<b'.repeat(50_000);
  const t0 = performance.now();
  htmlToText(many);
  assert.ok(performance.now() - t0 < 2000, 'unclosed tags stay linear');
});

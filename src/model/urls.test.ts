import {expect} from '@open-wc/testing';
import {checkUrl, safeUrl} from './urls.js';

describe('checkUrl / safeUrl: links', () => {
  for (const [input, href] of [
    ['http://example.org', 'http://example.org/'],
    ['https://example.org/a/b?c=d&e=f#g', 'https://example.org/a/b?c=d&e=f#g'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['MAILTO:desk@example.org?subject=Frise', 'mailto:desk@example.org?subject=Frise'],
    ['  https://example.org/padded  ', 'https://example.org/padded'],
  ] as const) {
    it(`keeps ${JSON.stringify(input)} as ${JSON.stringify(href)}`, () => {
      expect(checkUrl(input)).to.deep.equal({ok: true, url: href});
      expect(safeUrl(input)).to.equal(href);
      expect(safeUrl(input, 'link')).to.equal(href);
    });
  }

  for (const input of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'blob:https://example.org/uuid',
  ]) {
    it(`rejects the scheme of ${JSON.stringify(input)}`, () => {
      const result = checkUrl(input);
      expect(result.ok).to.equal(false);
      expect(result.ok ? '' : result.reason).to.match(/^scheme "[a-z]+:" is not allowed \(only http, https, mailto\)$/);
      expect(safeUrl(input)).to.equal(undefined);
    });
  }

  it('the rejected scheme is named in the reason', () => {
    expect(checkUrl('JaVaScRiPt:alert(1)')).to.deep.equal({
      ok: false,
      reason: 'scheme "javascript:" is not allowed (only http, https, mailto)',
    });
    expect(checkUrl('data:,x')).to.deep.equal({
      ok: false,
      reason: 'scheme "data:" is not allowed (only http, https, mailto)',
    });
  });

  for (const input of [
    '/relative/path',
    'relative/path',
    '//example.org/protocol-relative',
    '?q=1',
    '#top',
    'example.org',
    'http//example.org',
  ]) {
    it(`rejects the relative URL ${JSON.stringify(input)}`, () => {
      const result = checkUrl(input);
      expect(result).to.deep.equal({ok: false, reason: `"${input}" is not an absolute URL`});
      expect(safeUrl(input)).to.equal(undefined);
    });
  }

  for (const input of [
    undefined,
    null,
    42,
    true,
    {},
    ['https://example.org'],
    new URL('https://example.org'),
    '',
    '   ',
  ]) {
    it(`rejects the non-URL ${Object.prototype.toString.call(input)} ${JSON.stringify(String(input))}`, () => {
      expect(checkUrl(input)).to.deep.equal({ok: false, reason: 'is not a URL'});
      expect(safeUrl(input)).to.equal(undefined);
    });
  }
});

describe('checkUrl / safeUrl: media', () => {
  it('keeps http and https for media', () => {
    expect(safeUrl('https://example.org/a.jpg', 'media')).to.equal('https://example.org/a.jpg');
    expect(safeUrl('http://example.org/a.jpg', 'media')).to.equal('http://example.org/a.jpg');
  });

  it('rejects mailto for media', () => {
    expect(checkUrl('mailto:desk@example.org', 'media')).to.deep.equal({
      ok: false,
      reason: 'scheme "mailto:" is not allowed (only http, https)',
    });
    expect(safeUrl('mailto:desk@example.org', 'media')).to.equal(undefined);
  });

  it('rejects javascript: and data: for media', () => {
    expect(safeUrl('javascript:alert(1)', 'media')).to.equal(undefined);
    expect(safeUrl('data:image/svg+xml,<svg onload=alert(1)>', 'media')).to.equal(undefined);
  });
});

import {expect} from '@open-wc/testing';
import {inheritedLanguage, resolveLanguage} from './language.js';

describe('resolveLanguage', () => {
  it('prefers the element’s own language, then the page’s, then the feed’s', () => {
    expect(resolveLanguage('en', 'de', 'fr')).to.equal('en');
    expect(resolveLanguage('', 'de', 'fr')).to.equal('de');
    expect(resolveLanguage(undefined, null, 'fr')).to.equal('fr');
    expect(resolveLanguage(null, '', 'pt-BR')).to.equal('pt-BR');
  });

  it('falls back to English when no language is known', () => {
    expect(resolveLanguage('', '', '')).to.equal('en');
    expect(resolveLanguage(undefined, undefined, undefined)).to.equal('en');
  });

  it('skips blank, undetermined and malformed tags', () => {
    expect(resolveLanguage('   ', 'und', 'fr')).to.equal('fr');
    expect(resolveLanguage('UND', '', 'ar')).to.equal('ar');
    expect(resolveLanguage('not a tag!', 'en-GB', 'fr')).to.equal('en-GB');
    expect(resolveLanguage('fr', 'not a tag!', 'en')).to.equal('fr');
    expect(resolveLanguage('', '', 'und')).to.equal('en');
  });

  it('trims the tag it keeps', () => {
    expect(resolveLanguage(' fr-CA ', '', '')).to.equal('fr-CA');
  });
});

describe('inheritedLanguage', () => {
  it('reads the closest ancestor’s lang, not the element’s own', () => {
    const outer = document.createElement('div');
    outer.lang = 'ar';
    const middle = document.createElement('section');
    middle.lang = 'de';
    const element = document.createElement('span');
    element.lang = 'fr';
    middle.append(element);
    outer.append(middle);
    document.body.append(outer);
    try {
      expect(inheritedLanguage(element)).to.equal('de');
      middle.removeAttribute('lang');
      expect(inheritedLanguage(element)).to.equal('ar');
    } finally {
      outer.remove();
    }
  });

  it('crosses shadow roots to the host’s ancestors', () => {
    const outer = document.createElement('div');
    outer.lang = 'en-GB';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('p');
    host.attachShadow({mode: 'open'}).append(inner);
    document.body.append(outer);
    try {
      expect(inheritedLanguage(inner)).to.equal('en-GB');
      host.lang = 'es';
      expect(inheritedLanguage(inner)).to.equal('es');
    } finally {
      outer.remove();
    }
  });

  it('reaches <html lang>, and is empty when nothing has a lang', () => {
    const html = document.documentElement;
    const saved = html.getAttribute('lang');
    const element = document.createElement('span');
    document.body.append(element);
    try {
      html.setAttribute('lang', 'it');
      expect(inheritedLanguage(element)).to.equal('it');
      html.removeAttribute('lang');
      expect(inheritedLanguage(element)).to.equal('');
      const detached = document.createElement('span');
      expect(inheritedLanguage(detached)).to.equal('');
    } finally {
      element.remove();
      if (saved === null) html.removeAttribute('lang');
      else html.setAttribute('lang', saved);
    }
  });
});

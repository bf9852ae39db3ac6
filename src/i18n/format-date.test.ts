import {expect} from '@open-wc/testing';
import {formatEventDate} from './format-date.js';
import {resolveDateSpec, type ResolvedDate} from '../model/dates.js';

const date = (spec: string): ResolvedDate => {
  const resolved = resolveDateSpec(spec);
  if (!resolved.ok) throw new Error(spec);
  return resolved.value;
};
const around = (spec: string): ResolvedDate => ({...date(spec), approximate: true});
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatEventDate (ranges in words)', () => {
  it('says French ranges with the prepositions each end calls for', () => {
    expect(nbsp(formatEventDate(date('2024-06-03'), date('2024-07-05'), 'fr'))).to.equal(
      'du 3 juin 2024 au 5 juillet 2024',
    );
    expect(formatEventDate(date('2024-06'), date('2024-10'), 'fr')).to.equal('de juin 2024 à octobre 2024');
    expect(formatEventDate(date('2024-04'), date('2024-10'), 'fr')).to.equal('d’avril 2024 à octobre 2024');
    expect(formatEventDate(date('2022'), date('2024'), 'fr')).to.equal('de 2022 à 2024');
    expect(nbsp(formatEventDate(date('2024-06-03'), date('2024-10'), 'fr'))).to.equal('du 3 juin 2024 à octobre 2024');
    expect(nbsp(formatEventDate(date('2024-08'), date('2024-10-22'), 'fr'))).to.equal('d’août 2024 au 22 octobre 2024');
  });

  it('never says "du vers …" nor "du semaine du …": an approximate date or a week takes a dash', () => {
    for (const language of ['fr', 'en', 'ar']) {
      for (const [start, end] of [
        [around('2022'), date('2024-10-22')],
        [date('2024-W42'), date('2024-10-30')],
        [date('2024-06'), around('2024-10')],
      ] as const) {
        const text = formatEventDate(start, end, language);
        expect(text, language).to.include(' – ');
        expect(text, language).to.not.match(/\bdu vers\b|\bdu semaine\b|\bde vers\b|من نحو/);
      }
    }
  });

  it('keeps English ranges as a dash between the two dates', () => {
    expect(formatEventDate(date('2022'), date('2024'), 'en')).to.equal('2022 – 2024');
  });
});

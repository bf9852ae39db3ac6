import {expect} from '@open-wc/testing';
import {fitText, graphemes, prefixWidth} from './text-fit.js';

// a measure that gives every code point its own width, so cuts land everywhere
const measure = (text: string) => Array.from(text).reduce((sum, char) => sum + 4 + (char.codePointAt(0)! % 7), 0);
const titles = [
  '🇫🇷🇰🇷🇷🇺 flags of the three countries and more words after them',
  '👨‍👩‍👧‍👦 a family emoji joined by zero-width joiners, then text',
  'Zelenskyy̆ with combining marks: é, ñ, q̃ and more marks to cut',
  '한국어 제목: 북한군 러시아 파병 관련 보도 내용 정리',
  'हिन्दी शीर्षक: उत्तर कोरियाई सैनिक रूस में तैनात',
  'كوريا الشمالية ترسل جنودا إلى روسيا وفق تقارير',
];

describe('fitText (labels shortened to fit)', () => {
  it('cuts only between graphemes: never half a flag, a joined emoji or a letter from its accent', () => {
    for (const title of titles) {
      const whole = graphemes(title);
      const full = measure(title);
      for (let width = 0; width <= full + 4; width += 3) {
        const {text} = fitText(title, width, measure);
        const kept = text.endsWith('…') ? text.slice(0, -1) : text;
        // what is kept is a run of the title's own graphemes, from its start
        const parts = graphemes(kept);
        expect(parts, `${title} at ${width}px`).to.deep.equal(
          whole
            .slice(0, parts.length)
            .map((part, i) => (i === parts.length - 1 ? part.trimEnd() || part : part))
            .filter((part) => part !== ''),
        );
      }
    }
  });

  it('keeps the whole text when it fits, and says it with an ellipsis when nothing fits', () => {
    expect(fitText('short', 1000, measure).text).to.equal('short');
    expect(fitText('🇫🇷 flags', 1, measure).text).to.equal('…');
    expect(prefixWidth('🇫🇷🇰🇷', 5, measure)).to.equal(measure('🇫🇷🇰🇷'));
  });
});

import { expect } from '@open-wc/testing';
import { resolveLocale, isLocale } from '../../src/locale.js';

describe('resolveLocale', () => {
  const cases: Array<[string | null, string]> = [
    [null, 'da'],
    ['', 'da'],
    ['da', 'da'],
    ['da-DK', 'da'],
    ['DA_dk', 'da'],
    ['no', 'nb'],
    ['nn', 'nb'],
    ['nb-NO', 'nb'],
    ['sv-FI', 'sv'],
    ['fi', 'fi'],
    ['de-AT', 'de'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['is', 'en'],
    ['__proto__', 'en'],
    ['constructor', 'en'],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => {
      expect(resolveLocale(tag)).to.equal(expected);
    });
  }
  it('isLocale accepts exactly the six locales', () => {
    expect(['da', 'en', 'sv', 'nb', 'fi', 'de'].every(isLocale)).to.be.true;
    expect(['no', 'da-DK', '', null, 'EN'].some(isLocale)).to.be.false;
  });
});

import { expect } from '@open-wc/testing';
import { contactsFor, countryOf } from '../../src/contacts.js';

describe('contactsFor (DESIGN.md: region subtag first, then language)', () => {
  it('da-DK: 112, own doctor / lægevagt / 1813', () => {
    expect(contactsFor('da-DK')).to.deep.equal({
      country: 'DK',
      emergencyNumber: '112',
      emergencyNumberKnown: true,
      urgent: 'dk-doctor-or-1813',
      urgentNumber: '1813',
    });
  });
  it('sv-FI: the region wins over the language — Finland, 112 and 116 117', () => {
    expect(contactsFor('sv-FI')).to.include({
      country: 'FI',
      emergencyNumber: '112',
      urgent: 'number',
      urgentNumber: '116 117',
    });
  });
  it('de-AT: Austria, 112 and 1450', () => {
    expect(contactsFor('de-AT')).to.include({ country: 'AT', emergencyNumber: '112', urgentNumber: '1450' });
  });
  it('nb (no region): Norway, 113 and 116 117', () => {
    expect(contactsFor('nb')).to.include({ country: 'NO', emergencyNumber: '113', urgentNumber: '116 117' });
  });
  it('en-GB: 112 and NHS 111', () => {
    expect(contactsFor('en-GB')).to.include({ country: 'GB', emergencyNumber: '112', urgentNumber: '111' });
  });
  it('en (no country): 112 flagged as not certain, local urgent care', () => {
    expect(contactsFor('en')).to.deep.equal({
      country: null,
      emergencyNumber: '112',
      emergencyNumberKnown: false,
      urgent: 'local-urgent-care',
      urgentNumber: null,
    });
  });
  it('sv (no region): Sweden, 1177', () => {
    expect(contactsFor('sv')).to.include({ country: 'SE', urgentNumber: '1177' });
  });
  it('de: Germany, 116 117', () => {
    expect(contactsFor('de-DE')).to.include({ country: 'DE', urgentNumber: '116 117' });
  });
  it('en-US: outside Europe the emergency number is not asserted', () => {
    expect(contactsFor('en-US')).to.include({
      country: 'US',
      emergencyNumberKnown: false,
      urgent: 'local-urgent-care',
    });
  });
  it('countryOf ignores script subtags and handles missing tags', () => {
    expect(countryOf('sr-Latn-RS')).to.equal('RS');
    expect(countryOf(null)).to.equal(null);
    expect(countryOf('nn')).to.equal('NO');
  });
});

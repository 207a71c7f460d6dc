import { expect } from '@open-wc/testing';
import { contactsFor, countryOf, telUrl } from '../../src/contacts.js';

describe('contactsFor (DESIGN.md: region subtag first, then language)', () => {
  it('da-DK: 112, own doctor / lægevagt / 1813', () => {
    expect(contactsFor('da-DK')).to.deep.equal({
      country: 'DK',
      emergencyNumber: '112',
      alternativeEmergencyNumber: null,
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
  it('de-AT: Austria, "144 or 112" (Rettung first, as Austrian guidance says) and 1450', () => {
    expect(contactsFor('de-AT')).to.include({
      country: 'AT',
      emergencyNumber: '144',
      alternativeEmergencyNumber: '112',
      urgentNumber: '1450',
    });
  });
  it('nb (no region): Norway, 113 and 116 117', () => {
    expect(contactsFor('nb')).to.include({ country: 'NO', emergencyNumber: '113', urgentNumber: '116 117' });
  });
  it('en-GB: "999 or 112" (what every NHS page says) and NHS 111', () => {
    expect(contactsFor('en-GB')).to.include({
      country: 'GB',
      emergencyNumber: '999',
      alternativeEmergencyNumber: '112',
      urgentNumber: '111',
    });
  });
  it('the others have no second number: Norway 113, Germany, Sweden, Finland, Denmark 112', () => {
    for (const tag of ['nb', 'de-DE', 'sv', 'fi', 'da']) {
      expect(contactsFor(tag).alternativeEmergencyNumber, tag).to.equal(null);
    }
  });
  it('telUrl: the digits of a number as shown', () => {
    expect(telUrl('112')).to.equal('tel:112');
    expect(telUrl('116 117')).to.equal('tel:116117');
    expect(telUrl('1 8 1 3')).to.equal('tel:1813');
  });
  it('en (no country): 112 flagged as not certain, local urgent care', () => {
    expect(contactsFor('en')).to.deep.equal({
      country: null,
      emergencyNumber: '112',
      alternativeEmergencyNumber: null,
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

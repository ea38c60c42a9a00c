/**
 * The decoder over every `data` shape HasOffers answers with, using the generated table (the same
 * relations and aliases the client uses), without HTTP.
 */
import { describe, expect, it } from 'vitest';
import { Advertiser, AffiliateOffer, Country, Goal, Model, Offer, OfferFile } from '../../src/index.js';
import { decodeJson } from '../helpers/offline-decoder.js';

const decode = decodeJson;

const OFFER_62 = '{"id":"62","name":"Kyzoo","status":"active","currency":null}';
const SPAIN = '{"id":"724","name":"spain","code":"ES"}';
const RUSSIA = '{"id":"643","name":"russian federation","code":"RU"}';

describe('one model', () => {
  it('{ Offer: {...} } → an Offer with the raw fields', () => {
    const offer = decode(`{"Offer":${OFFER_62}}`, 'model', 'Offer') as Offer;
    expect(offer).toBeInstanceOf(Offer);
    expect(offer.id).toBe('62');
    expect(offer.currency).toBeNull();
    expect(offer.toJSON()).toEqual({ id: '62', name: 'Kyzoo', status: 'active', currency: null });
    expect(String(offer)).toBe('Offer: Kyzoo');
  });

  it('a has-many relation is always an array: one element, several, or none', () => {
    const one = decode(`{"Offer":${OFFER_62},"Country":{"ES":${SPAIN}}}`, 'model', 'Offer') as Offer;
    expect(one.country).toHaveLength(1);
    expect(one.country?.[0]).toBeInstanceOf(Country);
    expect(one.country?.map(String)).toEqual(['Country: ES']);
    const two = decode(`{"Offer":${OFFER_62},"Country":{"RU":${RUSSIA},"ES":${SPAIN}}}`, 'model', 'Offer') as Offer;
    expect(two.country?.map((country) => country.code)).toEqual(['RU', 'ES']);
    const none = decode(`{"Offer":${OFFER_62},"Country":[]}`, 'model', 'Offer') as Offer;
    expect(none.country).toEqual([]);
  });

  it('a has-many relation sent as one bare object is still an array', () => {
    const offer = decode(`{"Offer":${OFFER_62},"Goal":{"id":"9","offer_id":"62","name":"LEAD"}}`, 'model', 'Offer') as Offer;
    expect(offer.goal).toHaveLength(1);
    expect(offer.goal?.[0]).toBeInstanceOf(Goal);
  });

  it('a belongs-to relation is one model, or null when empty', () => {
    const offer = decode(`{"Offer":${OFFER_62},"Advertiser":{"id":"1","company":"ACME"}}`, 'model', 'Offer') as Offer;
    expect(offer.advertiser).toBeInstanceOf(Advertiser);
    expect(String(offer.advertiser)).toBe('Advertiser: ACME');
    expect((decode(`{"Offer":${OFFER_62},"Advertiser":[]}`, 'model', 'Offer') as Offer).advertiser).toBeNull();
    expect((decode(`{"Offer":${OFFER_62},"Advertiser":null}`, 'model', 'Offer') as Offer).advertiser).toBeNull();
  });

  it('Thumbnail decodes as an OfferFile (an alias)', () => {
    const offer = decode(`{"Offer":${OFFER_62},"Thumbnail":{"id":"4","filename":"present.png"}}`, 'model', 'Offer') as Offer;
    expect(offer.thumbnail).toBeInstanceOf(OfferFile);
    expect(String(offer.thumbnail)).toBe('OfferFile: present.png');
  });

  it('CreativeCode is a plain string on offerFile.creativeCode', () => {
    const file = decode('{"OfferFile":{"id":"2","filename":""},"CreativeCode":"http://www.example.com"}', 'model', 'OfferFile') as OfferFile;
    expect(file.creativeCode).toBe('http://www.example.com');
    expect(file.toJSON()).toEqual({ id: '2', filename: '' });
  });

  it('a relation the schema does not know becomes a camelCased generic model', () => {
    const offer = decode(`{"Offer":${OFFER_62},"OfferPixel":{"id":"3","type":"image"}}`, 'model', 'Offer') as Offer & { offerPixel: Model };
    expect(offer.offerPixel).toBeInstanceOf(Model);
    expect(offer.offerPixel.modelName).toBe('OfferPixel');
    expect(String(offer.offerPixel)).toBe('OfferPixel: 3');
  });

  it('fields without the model key (setAffiliateApproval) decode as the model itself', () => {
    const approval = decode('{"id":"250","affiliate_id":"20","offer_id":"502","approval_status":"approved"}', 'model', 'AffiliateOffer') as AffiliateOffer;
    expect(approval).toBeInstanceOf(AffiliateOffer);
    expect(String(approval)).toBe('AffiliateOffer: approved');
  });

  it('true and false stay booleans; null, "" and [] mean no model', () => {
    expect(decode('true', 'model', 'Offer')).toBe(true);
    expect(decode('false', 'model', 'Offer')).toBe(false);
    expect(decode('null', 'model', 'Offer')).toBeNull();
    expect(decode('""', 'model', 'Offer')).toBeNull();
    expect(decode('[]', 'model', 'Offer')).toBeNull();
  });
});

describe('lists', () => {
  it('a list keyed by id decodes in the order the server wrote it', () => {
    const offers = decode(`{"100":{"Offer":{"id":"100","name":"A"}},"62":{"Offer":${OFFER_62}}}`, 'models', 'Offer') as Offer[];
    expect(offers.map((offer) => offer.id)).toEqual(['100', '62']);
    expect(offers.every((offer) => offer instanceof Offer)).toBe(true);
  });

  it('a page decodes its items in order, relations included', () => {
    const json = `{"page":1,"current":0,"count":2,"pageCount":1,"data":{"100":{"Country":[],"Offer":{"id":"100","name":"A"}},"1":{"Country":{"ES":${SPAIN}},"Offer":{"id":"1","name":"B"}}}}`;
    const offers = decode(json, 'models', 'Offer') as Offer[];
    expect(offers.map((offer) => offer.id)).toEqual(['100', '1']);
    expect(offers[0]?.country).toEqual([]);
    expect(offers[1]?.country?.map((country) => country.id)).toEqual(['724']);
  });

  it('the page shape without `page` decodes too', () => {
    const json = '{"current":0,"count":1,"pageCount":1,"data":{"2":{"OfferFile":{"id":"2"},"CreativeCode":"http://www.example.com"}}}';
    const files = decode(json, 'models', 'OfferFile') as OfferFile[];
    expect(files.map((file) => [file.id, file.creativeCode])).toEqual([['2', 'http://www.example.com']]);
  });

  it('an array of { Model: {...} } chunks decodes (getCategories, getTargetCountries)', () => {
    const countries = decode(`[{"Country":${SPAIN}},{"Country":${RUSSIA}}]`, 'models', 'Country') as Country[];
    expect(countries.map(String)).toEqual(['Country: ES', 'Country: RU']);
  });

  it('an empty page, [], null and {} all decode as []', () => {
    expect(decode('{"page":1,"current":0,"count":0,"pageCount":0,"data":[]}', 'models', 'Conversion')).toEqual([]);
    expect(decode('[]', 'models', 'Conversion')).toEqual([]);
    expect(decode('null', 'models', 'Conversion')).toEqual([]);
    expect(decode('{}', 'models', 'Conversion')).toEqual([]);
  });

  it('a model with only the requested fields has no id', () => {
    const [conversion] = decode('{"page":1,"current":0,"count":2177,"pageCount":2177,"data":{"39":{"Conversion":{"datetime":"2016-02-22 04:29:09","country_code":"CZ"}}}}', 'models', 'Conversion') as Model[];
    expect(conversion?.toJSON()).toEqual({ datetime: '2016-02-22 04:29:09', country_code: 'CZ' });
  });

  it('a list item holding other models (AffiliateOffer with Affiliate and Offer) keeps them as relations', () => {
    const json = '{"292":{"AffiliateOffer":{"id":"292","approval_status":"approved"},"Affiliate":{"id":"98","company":"X"},"Offer":{"id":"428","name":"Email"}}}';
    const [approval] = decode(json, 'models', 'AffiliateOffer') as (AffiliateOffer & { affiliate: Model; offer: Model })[];
    expect(approval).toBeInstanceOf(AffiliateOffer);
    expect(approval?.affiliate.modelName).toBe('Affiliate');
    expect(approval?.offer).toBeInstanceOf(Offer);
  });
});

describe('raw data', () => {
  it('id lists and strings pass through', () => {
    expect(decode('["1","3","4"]', 'raw', 'Offer')).toEqual(['1', '3', '4']);
    expect(decode('"approved"', 'raw', 'Offer')).toBe('approved');
    expect(decode('true', 'raw', 'Offer')).toBe(true);
    expect(decode('[]', 'raw', 'Offer')).toEqual([]);
  });

  it('a page is stripped to its items, nothing is built', () => {
    const raw = decode('{"page":1,"count":1,"pageCount":1,"data":{"9":{"Offer":{"id":"9"}}}}', 'raw', 'Offer');
    expect(raw).toEqual({ 9: { Offer: { id: '9' } } });
    expect(raw).not.toBeInstanceOf(Model);
  });

  it('objects stay plain objects (generateTrackingLink)', () => {
    const raw = decode('{"affiliate_id":"94","offer_id":472,"click_url":"http://tracking.example/SHk"}', 'raw', 'Offer');
    expect(raw).toEqual({ affiliate_id: '94', offer_id: 472, click_url: 'http://tracking.example/SHk' });
  });
});

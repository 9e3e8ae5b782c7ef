import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n';
import { blankRoute, checkGuide, move, owner, postcodesOf, routesFor, serverFindings, weekdayHours, type GuideDoc, type GuideRoute } from './guideForm';
import { pathWords } from './guidePaths';

const texts = (nb: string) => ({ nb, nn: null, en: null });
const route = (channel: GuideRoute['channel'], target: Partial<GuideRoute> = {}): GuideRoute => ({ ...blankRoute(channel ?? 'PHONE'), channel, title: texts('Rute'), ...target });
const guide = (): GuideDoc => ({
  topics: [{ key: 'pensjon', name: texts('Pensjon'), routes: [route('SELF_SERVICE', { url: 'https://www.nav.no/pensjon' }), route('PHONE', { phone: '55 55 33 33' }), route('OFFICE')] }],
  needs: [{ key: 'crisis', name: texts('Krise'), advice: null, channels: ['OFFICE', 'PHONE'], routes: [] }],
  offices: [{ name: 'NAV Hamar', address: 'Vangsvegen 73', hours: null, url: null, municipalities: [{ number: '3403', name: 'Hamar', postcodes: ['2301-2329'] }] }],
  fallback: [route('PHONE', { phone: '55 55 33 33' }), route('OFFICE')],
});

describe('checkGuide', () => {
  it('finds nothing wrong with a whole guide', () => {
    expect(checkGuide(guide())).toEqual({});
  });

  it('refuses a route without a target at the target field', () => {
    const doc = guide();
    doc.topics![0].routes![0].url = null;
    expect(checkGuide(doc)).toEqual({ 'topics[0].routes[0].url': { code: 'RouteWithoutTarget' } });
  });

  it('refuses a topic that leaves a need without a route, naming the need', () => {
    const doc = guide();
    doc.topics![0].routes = [route('SELF_SERVICE', { url: '/x' })];
    expect(checkGuide(doc)['topics[0].routes']).toEqual({ code: 'TopicLeavesNeedWithoutRoute', need: 'crisis' });
  });

  it('refuses bad and repeated keys, a title without bokmål and fallback routes without the office', () => {
    const doc = guide();
    doc.topics!.push({ ...doc.topics![0], key: 'pensjon' });
    doc.needs![0].key = 'Krise!';
    doc.topics![0].routes![1].title = { nb: ' ', nn: 'Ring', en: null };
    doc.fallback = [route('PHONE', { phone: '1' })];
    const found = checkGuide(doc);
    expect(found['topics[1].key']).toEqual({ code: 'KeyUsedTwice' });
    expect(found['needs[0].key']).toEqual({ code: 'KeyFormat' });
    expect(found['topics[0].routes[1].title.nb']).toEqual({ code: 'TextNeedsBokmal' });
    expect(found.fallback).toEqual({ code: 'FallbackNeedsPhoneAndOffice' });
  });
});

describe('checkGuide on offices and opening hours', () => {
  it('refuses an office without name or address, and a municipality with a bad number or postcode, each at its field', () => {
    const doc = guide();
    doc.offices![0] = { ...doc.offices![0], name: ' ', address: '', url: 'www.nav.no', municipalities: [{ number: '340', name: '', postcodes: ['2301', '23'] }] };
    expect(checkGuide(doc)).toEqual({
      'offices[0].name': { code: 'NotBlank' },
      'offices[0].address': { code: 'NotBlank' },
      'offices[0].url': { code: 'LinkAddress' },
      'offices[0].municipalities[0].name': { code: 'NotBlank' },
      'offices[0].municipalities[0].number': { code: 'MunicipalityNumber' },
      'offices[0].municipalities[0].postcodes': { code: 'PostcodeFormat' },
    });
  });

  it('refuses an office without municipalities', () => {
    const doc = guide();
    doc.offices![0].municipalities = [];
    expect(checkGuide(doc)).toEqual({ 'offices[0].municipalities': { code: 'NotEmpty' } });
  });

  it('refuses opening hours without days, or that close before they open, on an office and on a route', () => {
    const doc = guide();
    doc.offices![0].hours = { days: [], opens: '09:00', closes: '15:00' };
    doc.fallback![0].hours = { days: ['MONDAY'], opens: '16:00', closes: '08:00' };
    expect(checkGuide(doc)).toEqual({
      'offices[0].hours.days': { code: 'HoursNeedDays' },
      'fallback[0].hours.closes': { code: 'HoursCloseAfterOpen' },
    });
    doc.offices![0].hours = weekdayHours();
    doc.fallback![0].hours = { days: ['SATURDAY'], opens: '10:00', closes: null };
    expect(checkGuide(doc)).toEqual({ 'fallback[0].hours.closes': { code: 'HoursCloseAfterOpen' } });
  });

  it('reads postcodes as an editor writes them', () => {
    expect(postcodesOf(' 2301-2329, 2340 2350;2360,')).toEqual(['2301-2329', '2340', '2350', '2360']);
    expect(postcodesOf('')).toEqual([]);
  });
});

describe('the form helpers', () => {
  it('routes a need through its channels, its own route replacing the topic’s', () => {
    const doc = guide();
    const emergency = route('PHONE', { phone: '113' });
    const routes = routesFor(doc.topics![0], { ...doc.needs![0], routes: [emergency] });
    expect(routes.map((r) => r.channel)).toEqual(['OFFICE', 'PHONE']);
    expect(routes[1]).toBe(emergency);
  });

  it('moves an item within the list and leaves the list alone at its ends', () => {
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('reads the server’s refusal and says which topic a field is in', () => {
    expect(serverFindings({ 'document.topics[2].routes[0].url': 'RouteWithoutTarget' }, { 'document.topics[2].routes[0].url': 'x' }))
      .toEqual({ 'topics[2].routes[0].url': { code: 'RouteWithoutTarget' } });
    expect(owner('topics[2].routes[0].url')).toEqual({ list: 'topics', index: 2 });
    expect(owner('fallback[0].phone')).toBeNull();
    expect(owner('offices[1].municipalities[0].number')).toEqual({ list: 'offices', index: 1 });
    expect(serverFindings({ 'document.offices[0].municipalities[1].postcodes[2]': 'PostcodeFormat' }, { 'document.offices[0].municipalities[1].postcodes[2]': 'x' }))
      .toEqual({ 'offices[0].municipalities[1].postcodes': { code: 'PostcodeFormat' } });
  });

  it('says a path in words, topics named by their keys', () => {
    const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate('nb', key, values);
    expect(pathWords('topics[0].routes[1].title.nn', t, guide())).toBe('Tema pensjon › Rute 2 › Tittel › Nynorsk');
    expect(pathWords('needs[crisis].channels', t)).toBe('Behov crisis › Kanaler i rekkefølge');
    expect(pathWords('offices[0].municipalities[1].number', t, guide())).toBe('Kontor NAV Hamar › Kommune 2 › Nummer');
  });
});

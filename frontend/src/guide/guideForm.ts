import type { components } from '../api/schema';

type S = components['schemas'];
export type GuideDoc = S['GuideDocument'];
export type GuideTopic = S['Topic'];
export type GuideNeed = S['Need'];
export type GuideRoute = S['Route'];
export type GuideTexts = S['Texts'];
export type GuideChannel = S['GuideChannel'];
export type GuideOffice = S['Office'];
export type GuideHours = S['GuideHours'];
export type GuideMunicipality = S['Municipality'];
export type GuideDay = S['DayOfWeek'];

export const GUIDE_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const satisfies readonly GuideDay[];

export const GUIDE_CHANNELS = ['SELF_SERVICE', 'CHAT', 'SOCIAL', 'PHONE', 'OFFICE'] as const satisfies readonly GuideChannel[];

/** A refusal found before sending: the rule's code (as the server names it) and what the words need. */
export interface Finding {
  code: string;
  need?: string;
}

/** Field path (as the server names it, without «document.») → what is wrong there. */
export type Findings = Record<string, Finding>;

export const blankTexts = (): GuideTexts => ({ nb: '', nn: null, en: null });
export const blankRoute = (channel: GuideChannel = 'SELF_SERVICE'): GuideRoute => ({
  channel,
  title: blankTexts(),
  description: null,
  url: null,
  account: null,
  phone: null,
  hours: null,
});
/** An office's usual hours, as a start for a new one: weekdays 9 to 15. */
export const weekdayHours = (): GuideHours => ({ days: GUIDE_DAYS.slice(0, 5), opens: '09:00', closes: '15:00' });
export const blankMunicipality = (): GuideMunicipality => ({ number: '', name: '', postcodes: [] });
export const blankOffice = (): GuideOffice => ({ name: '', address: '', url: null, hours: weekdayHours(), municipalities: [blankMunicipality()] });
export const blankTopic = (): GuideTopic => ({ key: '', name: blankTexts(), routes: [blankRoute('PHONE'), blankRoute('OFFICE')] });

/** The list with the item at `from` moved to `to` (both inside the list), as a new list. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** The list with the item at `index` replaced. */
export const replaced = <T>(list: readonly T[], index: number, item: T): T[] => list.map((old, i) => (i === index ? item : old));

/** Which of a route's fields holds its target, by channel; an office route's target is the citizen's own office. */
export function targetField(channel: GuideChannel | null | undefined): 'url' | 'account' | 'phone' | null {
  switch (channel) {
    case 'SELF_SERVICE':
    case 'SOCIAL':
      return 'url';
    case 'CHAT':
      return 'account';
    case 'PHONE':
      return 'phone';
    default:
      return null;
  }
}

/** The routes a citizen with this need gets for the topic, as the server's Router picks them. */
export function routesFor(topic: GuideTopic, need: GuideNeed | null): GuideRoute[] {
  const routes = topic.routes ?? [];
  if (!need) return routes;
  return (need.channels ?? []).flatMap((channel) => {
    const own = (need.routes ?? []).filter((r) => r.channel === channel);
    return own.length > 0 ? own : routes.filter((r) => r.channel === channel);
  });
}

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const POSTCODES = /^\d{4}(-\d{4})?$/;
const MUNICIPALITY = /^\d{4}$/;
const blank = (text: string | null | undefined) => !text || text.trim() === '';

/**
 * The server's rules for a guide (GuideRules) checked before sending, so an editor sees every one at once and at its
 * field: keys, bokmål texts, a target for every route, no topic that leaves a need without a route, and fallback
 * routes to the phone and the office. The server checks again (and knows the web chats' names).
 */
export function checkGuide(doc: GuideDoc): Findings {
  const found: Findings = {};
  const anyOffice = (doc.offices ?? []).length > 0;
  const keys = (items: { key?: string | null }[], at: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const key = item.key ?? '';
      if (!KEY.test(key)) found[`${at}[${i}].key`] = { code: 'KeyFormat' };
      else if (seen.has(key)) found[`${at}[${i}].key`] = { code: 'KeyUsedTwice' };
      seen.add(key);
    });
  };
  const texts = (value: GuideTexts | null | undefined, at: string) => {
    if (blank(value?.nb)) found[`${at}.nb`] = { code: 'TextNeedsBokmal' };
  };
  const hours = (value: GuideHours | null | undefined, at: string) => {
    if (!value) return;
    if ((value.days ?? []).length === 0) found[`${at}.days`] = { code: 'HoursNeedDays' };
    if (!value.opens || !value.closes || value.opens >= value.closes) found[`${at}.closes`] = { code: 'HoursCloseAfterOpen' };
  };
  const routes = (list: GuideRoute[] | null | undefined, at: string) =>
    (list ?? []).forEach((route, i) => {
      const here = `${at}[${i}]`;
      if (!route.channel) return void (found[`${here}.channel`] = { code: 'RouteNeedsChannel' });
      texts(route.title, `${here}.title`);
      const target = targetField(route.channel);
      if (target && blank(route[target])) found[`${here}.${target}`] = { code: 'RouteWithoutTarget' };
      if (route.channel === 'OFFICE' && !anyOffice) found[`${here}.channel`] = { code: 'OfficeRouteWithoutOffice' };
      if (route.url && !route.url.startsWith('https://') && !route.url.startsWith('/') && !found[`${here}.url`]) {
        found[`${here}.url`] = { code: 'LinkAddress' };
      }
      hours(route.hours, `${here}.hours`);
    });
  const topics = doc.topics ?? [];
  const needs = doc.needs ?? [];
  if (topics.length === 0) found.topics = { code: 'NotEmpty' };
  keys(topics, 'topics');
  keys(needs, 'needs');
  needs.forEach((need, i) => {
    texts(need.name, `needs[${i}].name`);
    if ((need.channels ?? []).length === 0) found[`needs[${i}].channels`] = { code: 'NotEmpty' };
    routes(need.routes, `needs[${i}].routes`);
  });
  topics.forEach((topic, i) => {
    texts(topic.name, `topics[${i}].name`);
    if ((topic.routes ?? []).length === 0) found[`topics[${i}].routes`] = { code: 'NotEmpty' };
    routes(topic.routes, `topics[${i}].routes`);
    const left = needs.find((need) => routesFor(topic, need).length === 0);
    if (left && !found[`topics[${i}].routes`]) found[`topics[${i}].routes`] = { code: 'TopicLeavesNeedWithoutRoute', need: left.key ?? '' };
  });
  (doc.offices ?? []).forEach((office, i) => {
    const at = `offices[${i}]`;
    if (blank(office.name)) found[`${at}.name`] = { code: 'NotBlank' };
    if (blank(office.address)) found[`${at}.address`] = { code: 'NotBlank' };
    if (office.url && !office.url.startsWith('https://') && !office.url.startsWith('/')) found[`${at}.url`] = { code: 'LinkAddress' };
    hours(office.hours, `${at}.hours`);
    const municipalities = office.municipalities ?? [];
    if (municipalities.length === 0) found[`${at}.municipalities`] = { code: 'NotEmpty' };
    municipalities.forEach((m, j) => {
      const here = `${at}.municipalities[${j}]`;
      if (blank(m.name)) found[`${here}.name`] = { code: 'NotBlank' };
      if (!MUNICIPALITY.test(m.number ?? '')) found[`${here}.number`] = { code: 'MunicipalityNumber' };
      const bad = (m.postcodes ?? []).findIndex((code) => !POSTCODES.test(code));
      if (bad >= 0) found[`${here}.postcodes`] = { code: 'PostcodeFormat' };
    });
  });
  const fallback = doc.fallback ?? [];
  routes(fallback, 'fallback');
  const channels = new Set(fallback.map((r) => r.channel));
  if (!channels.has('PHONE') || !channels.has('OFFICE')) found.fallback = { code: 'FallbackNeedsPhoneAndOffice' };
  return found;
}

/** The server's refusal as findings: its field paths without «document.» (a postcode's as its list's), its codes. */
export function serverFindings(fieldCodes: Record<string, string>, fieldErrors: Record<string, string>): Findings {
  const found: Findings = {};
  for (const field of Object.keys(fieldErrors)) {
    // The form has one field for a municipality's postcodes; the server names the one at fault.
    const path = field.replace(/^document\./, '').replace(/\.postcodes\[\d+\]$/, '.postcodes');
    found[path] = { code: fieldCodes[field] ?? 'invalid' };
  }
  return found;
}

/** Which topic, need or office a field path belongs to, so the form can open it: «topics[3].routes[0].url» → topics 3. */
export function owner(path: string): { list: 'topics' | 'needs' | 'offices'; index: number } | null {
  const match = /^(topics|needs|offices)\[(\d+)\]/.exec(path);
  return match ? { list: match[1] as 'topics' | 'needs' | 'offices', index: Number(match[2]) } : null;
}

/** Postcodes as an editor writes them, separated by commas or spaces: «2301-2329, 2340». */
export const postcodesOf = (text: string): string[] => text.split(/[\s,;]+/).filter((code) => code !== '');

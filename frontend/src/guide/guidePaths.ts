import type { Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nb';
import type { GuideDoc } from './guideForm';

const FIELDS = [
  'title', 'description', 'name', 'advice', 'url', 'account', 'phone', 'channel', 'channels', 'key', 'address',
  'hours', 'days', 'opens', 'closes', 'number', 'postcodes', 'routes', 'topics', 'needs', 'offices', 'fallback',
  'municipalities',
] as const;
const LANGS = ['nb', 'nn', 'en'] as const;

/**
 * A field path into the guide in words: «topics[2].routes[0].title.nn» → «Tema dagpenger › rute 1 › tittel ›
 * nynorsk». An index of a topic or need is named by its key in `doc` when given; the diff's paths carry keys already.
 */
export function pathWords(path: string, t: Translate, doc?: GuideDoc | null): string {
  const words: string[] = [];
  for (const part of path.split('.')) {
    const match = /^([A-Za-z]+)(?:\[([^\]]*)\])?$/.exec(part);
    if (!match) {
      words.push(part);
      continue;
    }
    const [, name, index] = match;
    if (index === undefined) {
      words.push(fieldWord(name, t));
      continue;
    }
    const number = /^\d+$/.test(index) ? Number(index) : null;
    switch (name) {
      case 'topics':
        words.push(t('guide.form.path.topic', { name: named(doc?.topics, number) ?? index }));
        break;
      case 'needs':
        words.push(t('guide.form.path.need', { name: named(doc?.needs, number) ?? index }));
        break;
      case 'routes':
        words.push(t('guide.form.path.route', { n: String((number ?? 0) + 1) }));
        break;
      case 'fallback':
        words.push(t('guide.form.path.fallback', { n: String((number ?? 0) + 1) }));
        break;
      case 'offices':
        words.push(t('guide.form.path.office', { name: (number !== null && doc?.offices?.[number]?.name) || (number === null ? index : String(number + 1)) }));
        break;
      case 'municipalities':
        words.push(t('guide.form.municipality', { n: String((number ?? 0) + 1) }));
        break;
      default:
        words.push(`${fieldWord(name, t)} ${number === null ? index : number + 1}`);
    }
  }
  return words.join(' › ');
}

function named(list: { key?: string | null }[] | null | undefined, index: number | null): string | null {
  if (index === null || !list || !list[index]) return null;
  return list[index].key || `#${index + 1}`;
}

function fieldWord(name: string, t: Translate): string {
  if ((LANGS as readonly string[]).includes(name)) return t(`guide.form.lang.${name}` as MessageKey);
  if ((FIELDS as readonly string[]).includes(name)) return t(`guide.form.field.${name}` as MessageKey);
  return name;
}

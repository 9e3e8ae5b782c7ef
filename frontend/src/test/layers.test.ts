import { describe, expect, it } from 'vitest';

// Every source file (tests and test helpers aside) as text, keyed by its path from src/, e.g. «common/useLoad.ts».
const sources = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx', '!../test/**'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [path.slice(3), text]),
);

const FOUNDATION = ['api', 'i18n'];
/**
 * The arrows between features: the forum, the inbox and the idea box show search's similar questions, and the
 * publishing page links the answers search counts as given many times over to where they are read; the channel
 * mix (contacts) draws with analytics' charts and tables and shows the channel guide's usage; the web chat ends with
 * analytics' satisfaction questions; an inbox conversation, an answered escalation, a
 * published hearing summary and a published post have the archive's "Journalfør" button; the post editor says why
 * an account cannot publish with the channels' missing capabilities.
 */
const FEATURE_ARROWS = [
  'forum -> search',
  'inbox -> search',
  'events -> search',
  'publishing -> search',
  'contacts -> analytics',
  'webchat -> analytics',
  'contacts -> guide',
  'inbox -> archive',
  'forum -> archive',
  'events -> archive',
  'publishing -> archive',
  'publishing -> channels',
];

/** «from» folder -> «to» folder for every import that leaves a file's own folder. */
function arrows(): string[] {
  const found = new Set<string>();
  for (const [path, text] of Object.entries(sources)) {
    const folder = path.includes('/') ? path.split('/')[0] : '(root)';
    for (const [, target] of text.matchAll(/from '\.\.\/([a-z0-9]+)\//g)) found.add(`${folder} -> ${target}`);
  }
  return [...found].sort();
}

describe('folder layers', () => {
  it('lets the shared toolkit (common) import nothing but the API client and the dictionaries', () => {
    expect(arrows()).toContain('forum -> common'); // the files were read
    expect(arrows().filter((a) => a.startsWith('common -> ') && !FOUNDATION.includes(a.split(' -> ')[1]))).toEqual([]);
  });

  it('lets the shell import the toolkit but no feature', () => {
    const allowed = [...FOUNDATION, 'common'];
    expect(arrows().filter((a) => a.startsWith('shell -> ') && !allowed.includes(a.split(' -> ')[1]))).toEqual([]);
  });

  it('lets a feature import the shell and the toolkit, and another feature only where it is meant to', () => {
    const allowed = [...FOUNDATION, 'common', 'shell'];
    const features = arrows().filter((a) => !a.startsWith('common ') && !a.startsWith('shell ') && !a.startsWith('(root) '));
    expect(features.filter((a) => !allowed.includes(a.split(' -> ')[1]) && !FEATURE_ARROWS.includes(a))).toEqual([]);
  });
});

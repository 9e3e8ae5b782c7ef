/** The topics the server knows (ContactTopics), the channel guide's words; each has a text in every language. */
export const TOPICS = [
  'foreldrepenger',
  'sykepenger',
  'dagpenger',
  'arbeid',
  'sosialhjelp',
  'pensjon',
  'uforetrygd',
  'aap',
  'barnetrygd',
  'hjelpemidler',
  'kontantstotte',
  'annet',
] as const;

export type Topic = (typeof TOPICS)[number];

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

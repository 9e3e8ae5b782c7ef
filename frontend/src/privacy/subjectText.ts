import { PLATFORMS, type DataSubject, type Platform } from '../api/types';
import type { Translate } from '../i18n/i18n';

/** A platform's name in words; one the front end does not know is shown as the server wrote it. */
export function platformName(platform: string, t: Translate): string {
  return PLATFORMS.includes(platform as Platform) ? t(`platform.${platform as Platform}`) : platform;
}

/** A person as a request names them, e.g. «id 123 på Facebook, Ola Nordmann». */
export function describeSubject(subject: DataSubject, t: Translate): string {
  const parts: string[] = [];
  const platform = subject.platform ? platformName(subject.platform, t) : null;
  if (subject.externalId) {
    parts.push(platform ? t('privacy.subjects.idOn', { platform, id: subject.externalId }) : t('privacy.subjects.id', { id: subject.externalId }));
  } else if (platform) {
    parts.push(platform);
  }
  if (subject.name) parts.push(subject.name);
  return parts.join(', ');
}

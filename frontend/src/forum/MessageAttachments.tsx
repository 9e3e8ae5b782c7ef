import { Link, VStack } from '@navikt/ds-react';
import type { Attachment } from '../api/types';
import { useLanguage } from '../i18n/i18n';
import { fileType, formatKilobytes } from '../common/format';

/** A message's files as download links; pictures also as a small preview. */
export function MessageAttachments({ attachments }: { attachments: Attachment[] }) {
  const { t, language } = useLanguage();
  if (attachments.length === 0) return null;
  return (
    <VStack as="ul" gap="space-8" className="samtale-plain-list" aria-label={t('forum.attachments.list')}>
      {attachments.map((a) => (
        <li key={a.id}>
          <VStack gap="space-4">
            {a.contentType.startsWith('image/') && <img src={a.url} alt={a.filename} className="samtale-forum-thumbnail" loading="lazy" />}
            <span>
              <Link href={a.url} download={a.filename}>
                {a.filename}
              </Link>{' '}
              <span className="samtale-meta">
                ({fileType(a.contentType)}, {formatKilobytes(a.size, language)})
              </span>
            </span>
          </VStack>
        </li>
      ))}
    </VStack>
  );
}

import { BodyShort, Link } from '@navikt/ds-react';
import type { PostVideo } from '../api/publishing';
import { useT } from '../i18n/i18n';

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * A post's uploaded video as the editor, the partner who approves it and the post's page show it: its type and size,
 * and a link that plays it (a new tab, with the browser's own player and its controls).
 */
export function PostVideoSummary({ video }: { video: PostVideo }) {
  const t = useT();
  return (
    <>
      <BodyShort size="small">{t('publishing.video.attached', { type: video.contentType, size: megabytes(video.sizeBytes) })}</BodyShort>
      <BodyShort size="small">
        <Link href={video.url} target="_blank" rel="noopener">
          {t('publishing.video.play')}
        </Link>
      </BodyShort>
    </>
  );
}

import { useState } from 'react';
import { Button } from '@navikt/ds-react';
import { BellIcon, BellSlashIcon } from '@navikt/aksel-icons';
import { forumApi } from '../api/forum';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';

interface Props {
  discussionId: number;
  following: boolean;
  onChanged: (following: boolean, message: string) => void;
}

/** Follow (get notified of new messages) or stop following; the label says what a press does. */
export function FollowButton({ discussionId, following, onChanged }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);

  async function toggle() {
    setBusy(true);
    try {
      await forumApi.follow(discussionId, !following);
      onChanged(!following, t(following ? 'forum.unfollowed' : 'forum.followed'));
    } catch (e) {
      onChanged(following, errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button
      size="small"
      variant="secondary"
      loading={busy}
      icon={following ? <BellSlashIcon aria-hidden /> : <BellIcon aria-hidden />}
      onClick={() => void toggle()}
    >
      {t(following ? 'forum.unfollow' : 'forum.follow')}
    </Button>
  );
}

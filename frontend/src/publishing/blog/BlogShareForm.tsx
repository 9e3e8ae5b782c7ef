import { useState } from 'react';
import { BodyShort, Button, Checkbox, CheckboxGroup, VStack } from '@navikt/ds-react';
import { ApiError } from '../../api/http';
import { blogApi } from '../../api/blog';
import type { Account, BlogPost } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { fieldError, formLevelError } from '../../common/forms';
import { useSubmit } from '../../common/useSubmit';

/**
 * Shares a published blog post on the team's social accounts in one step: a draft post per chosen account with the
 * article's title, summary and link, then written on and sent to a partner on the publishing page.
 */
export function BlogShareForm({ post, accounts, onShared }: { post: BlogPost; accounts: Account[]; onShared: (message: string) => void }) {
  const t = useT();
  const [chosen, setChosen] = useState<string[]>([]);
  const { busy, error, setError, submit } = useSubmit({ resetBusyOnSuccess: true });
  const share = submit(
    async () => {
      const shared = await blogApi.share(post.id, chosen.map(Number));
      setChosen([]);
      onShared(t('blog.share.done', { count: shared.posts.length }));
    },
    () => {
      if (chosen.length > 0) return true;
      setError(new ApiError(400, { errors: [{ field: 'accountIds', detail: t('blog.share.choose') }] }));
      return false;
    },
  );
  return (
    <form onSubmit={share} noValidate>
      <VStack gap="space-8">
        {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
        <CheckboxGroup
          legend={t('blog.share.legend', { title: post.title })}
          description={t('blog.share.hint')}
          value={chosen}
          onChange={setChosen}
          error={fieldError(error, 'accountIds')}
          size="small"
        >
          {accounts.map((account) => (
            <Checkbox key={account.id} value={String(account.id)}>
              {account.name} ({t(`platform.${account.platform}`)})
            </Checkbox>
          ))}
        </CheckboxGroup>
        <div>
          <Button type="submit" size="small" variant="secondary" loading={busy}>
            {t('blog.share.button')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

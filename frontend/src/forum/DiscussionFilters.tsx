import { Checkbox, HStack, Select } from '@navikt/ds-react';
import { DISCUSSION_STATUSES, type DiscussionStatus } from '../api/types';
import { useT } from '../i18n/i18n';

interface Props {
  status: DiscussionStatus | '';
  onlyQuestions: boolean;
  onStatus: (status: DiscussionStatus | '') => void;
  onOnlyQuestions: (on: boolean) => void;
}

export function DiscussionFilters({ status, onlyQuestions, onStatus, onOnlyQuestions }: Props) {
  const t = useT();
  return (
    <HStack gap="space-24" align="end" wrap>
      <Select label={t('forum.filter.status')} size="small" value={status} onChange={(e) => onStatus(e.target.value as DiscussionStatus | '')}>
        <option value="">{t('forum.filter.all')}</option>
        {DISCUSSION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`forum.status.${s}`)}
          </option>
        ))}
      </Select>
      <Checkbox size="small" checked={onlyQuestions} onChange={(e) => onOnlyQuestions(e.target.checked)}>
        {t('forum.filter.onlyQuestions')}
      </Checkbox>
    </HStack>
  );
}

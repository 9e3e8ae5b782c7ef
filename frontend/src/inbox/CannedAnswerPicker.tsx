import { useCallback, useState } from 'react';
import { Button, HStack } from '@navikt/ds-react';
import { inboxApi } from '../api/inbox';
import { searchApi } from '../api/search';
import { useT } from '../i18n/i18n';
import { RefSelect } from '../common/RefSelect';
import { useLoad } from '../common/useLoad';
import { fillPlaceholders, type PlaceholderValues } from './placeholders';

interface Props {
  teamId: number;
  values: PlaceholderValues;
  onInsert: (text: string, title: string) => void;
}

/**
 * Picks one of the team's canned answers and hands it on with its placeholders filled in. The insertion is recorded
 * as a use of that answer (no user, no text), as a suggestion's is: it lifts the answer in later suggestions and
 * counts towards the editors' list of questions answered many times over. A failed record never stops the reply.
 */
export function CannedAnswerPicker({ teamId, values, onInsert }: Props) {
  const t = useT();
  const { data } = useLoad(useCallback(() => inboxApi.cannedAnswers(teamId), [teamId]));
  const [chosen, setChosen] = useState<number | null>(null);
  if (!data || data.length === 0) return null;

  function insert() {
    const answer = data?.find((a) => a.id === chosen);
    if (answer) {
      onInsert(fillPlaceholders(answer.body, values), answer.title);
      searchApi.recordUse('CANNED', answer.id, 'INBOX_REPLY').catch(() => undefined);
    }
  }

  return (
    <HStack gap="space-8" align="end" wrap>
      <RefSelect
        label={t('inbox.canned.pick')}
        size="small"
        noneLabel={t('inbox.canned.choose')}
        options={data.map((a) => ({ id: a.id, name: a.title }))}
        value={chosen}
        onChange={setChosen}
      />
      <Button type="button" size="small" variant="secondary" disabled={chosen === null} onClick={insert}>
        {t('inbox.canned.insert')}
      </Button>
    </HStack>
  );
}

import { useState } from 'react';
import { Textarea } from '@navikt/ds-react';
import { searchApi } from '../api/search';
import type { SynonymGroup } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError } from '../common/forms';
import { FormModal } from '../common/FormModal';
import { useSubmit } from '../common/useSubmit';

/** Words are typed one group at a time, separated by commas, the way they are shown in the list. */
export function splitWords(text: string): string[] {
  return text
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

/** The first field error the server named for the words, whichever word it was. */
function wordsError(error: unknown): string | undefined {
  for (let i = -1; i < 50; i++) {
    const found = fieldError(error, i < 0 ? 'words' : `words[${i}]`);
    if (found) return found;
  }
  return undefined;
}

/** Adds a synonym group, or changes one when `group` is given. */
export function SynonymModal({ group, onClose, onSaved }: { group?: SynonymGroup; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [text, setText] = useState(group ? group.words.join(', ') : '');
  const { busy, error, submit } = useSubmit();

  const save = submit(async () => {
    const words = splitWords(text);
    await (group ? searchApi.updateSynonyms(group.id, words) : searchApi.addSynonyms(words));
    onSaved();
  });

  return (
    <FormModal
      heading={group ? t('search.admin.edit') : t('search.admin.add')}
      submitLabel={t('common.save')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={save}
    >
      <Textarea
        label={t('search.admin.words')}
        description={t('search.admin.wordsHelp')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={wordsError(error)}
        maxLength={1000}
      />
    </FormModal>
  );
}

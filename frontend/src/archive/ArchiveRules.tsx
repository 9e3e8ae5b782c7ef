import { useState } from 'react';
import { Alert, Button, Checkbox, HStack, TextField, VStack } from '@navikt/ds-react';
import { archiveApi } from '../api/archive';
import type { ArchiveRule } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';

/** One journaling rule per source, edited in place: on or off, with internal notes or not, and the screening's legal basis. */
export function ArchiveRules({ rules, onSaved }: { rules: ArchiveRule[]; onSaved: (rule: ArchiveRule) => void }) {
  return (
    <VStack gap="space-24">
      {rules.map((rule) => (
        <RuleForm key={rule.sourceKind} rule={rule} onSaved={onSaved} />
      ))}
    </VStack>
  );
}

function RuleForm({ rule, onSaved }: { rule: ArchiveRule; onSaved: (rule: ArchiveRule) => void }) {
  const t = useT();
  const [enabled, setEnabled] = useState(rule.enabled);
  const [includeNotes, setIncludeNotes] = useState(rule.includeNotes);
  const [legalBasis, setLegalBasis] = useState(rule.legalBasis);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const name = t(`archive.source.${rule.sourceKind}`);

  async function save() {
    setSaving(true);
    setFailure(null);
    try {
      onSaved(await archiveApi.changeRule(rule.sourceKind, { enabled, includeNotes, legalBasis }));
    } catch (e) {
      setFailure(errorText(e, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <fieldset className="samtale-archive-rule">
      <legend>{name}</legend>
      <VStack gap="space-8">
        <Checkbox checked={enabled} disabled={!rule.automatic} onChange={(e) => setEnabled(e.target.checked)}>
          {rule.automatic ? t('archive.rules.enabled') : t('archive.rules.byHandOnly')}
        </Checkbox>
        <Checkbox checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)}>
          {t('archive.rules.includeNotes')}
        </Checkbox>
        <TextField label={t('archive.rules.legalBasis')} value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} size="small" />
        {failure && <Alert variant="error" size="small">{failure}</Alert>}
        <HStack>
          <Button size="small" variant="secondary" loading={saving} onClick={() => void save()} aria-label={t('archive.rules.saveLabel', { name })}>
            {t('common.save')}
          </Button>
        </HStack>
      </VStack>
    </fieldset>
  );
}

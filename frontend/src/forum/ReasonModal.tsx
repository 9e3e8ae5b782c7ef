import { useState, type FormEvent } from 'react';
import { Alert, Button, Modal, Textarea, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { errorText, fieldError } from '../common/forms';

interface Props {
  heading: string;
  intro?: string;
  submit: string;
  danger?: boolean;
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** Asks for a reason before reporting, removing or resolving. */
export function ReasonModal({ heading, intro, submit, danger = false, onSubmit, onClose }: Props) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [fieldProblem, setFieldProblem] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setFieldProblem(t('forum.reasonRequired'));
    setBusy(true);
    setFieldProblem(undefined);
    setFailure(null);
    try {
      await onSubmit(reason.trim());
    } catch (e) {
      const forField = fieldError(e, 'reason');
      setFieldProblem(forField);
      setFailure(forField ? null : errorText(e, t));
      setBusy(false);
    }
  }

  return (
    <Modal open onClose={onClose} header={{ heading, size: 'small' }} width="medium">
      <form onSubmit={send} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
            {failure && (
              <Alert variant="error" role="alert">
                {failure}
              </Alert>
            )}
            <Textarea label={t('forum.reason')} description={intro} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldProblem} />
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={busy} data-color={danger ? 'danger' : undefined}>
            {submit}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}

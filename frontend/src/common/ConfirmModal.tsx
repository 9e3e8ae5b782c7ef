import { useState } from 'react';
import { Alert, BodyLong, Button, Modal } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { errorText } from './forms';

interface Props {
  heading: string;
  body: string;
  confirm: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** Asks before something that cannot be undone. */
export function ConfirmModal({ heading, body, confirm, onConfirm, onClose }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    try {
      await onConfirm();
    } catch (e) {
      setError(errorText(e, t));
      setBusy(false);
    }
  }

  return (
    <Modal open onClose={onClose} header={{ heading, size: 'small' }} width="small">
      <Modal.Body>
        <BodyLong>{body}</BodyLong>
        {error && (
          <Alert variant="error" role="alert">
            {error}
          </Alert>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Button data-color="danger" loading={busy} onClick={() => void run()}>
          {confirm}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}

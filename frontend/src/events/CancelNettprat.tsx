import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, HStack, Modal, Textarea, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { LiveEvent } from '../api/types';
import { errorText, fieldError } from '../common/forms';
import { useT } from '../i18n/i18n';

/** The reason's longest length, as the server takes it (LiveRequests.LiveCancellationRequest). */
const MAX_REASON = 1000;

/**
 * For the nettprat's leaders and moderators before it starts: calls it off with a reason, asked for in a dialog. The
 * field is focused when the dialog opens; Escape or "Behold nettpraten" closes it and gives focus back to the button.
 * The server's complaint is said at the field when it is about the reason, else above it, in the reader's language.
 */
export function CancelNettprat({ event, onCancelled }: { event: LiveEvent; onCancelled: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    // The dialog is gone once React has rendered; focus goes back to what opened it.
    setTimeout(() => opener.current?.focus(), 0);
  }

  return (
    <HStack>
      <Button ref={opener} size="small" variant="secondary" data-color="danger" onClick={() => setOpen(true)}>
        {t('events.cancel.open')}
      </Button>
      {open && (
        <CancelDialog
          eventId={event.id}
          onClose={close}
          onCancelled={() => {
            setOpen(false);
            onCancelled();
          }}
        />
      )}
    </HStack>
  );
}

function CancelDialog({ eventId, onClose, onCancelled }: { eventId: number; onClose: () => void; onCancelled: () => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [fieldProblem, setFieldProblem] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    // The dialog takes focus itself as it opens; the field is where the reader starts.
    const timer = setTimeout(() => field.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  async function send(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    if (!reason.trim()) {
      setFieldProblem(t('events.cancel.reasonRequired'));
      field.current?.focus();
      return;
    }
    setBusy(true);
    setFieldProblem(undefined);
    try {
      await eventsApi.cancel(eventId, reason.trim());
      onCancelled();
    } catch (error) {
      const forField = fieldError(error, 'reason');
      setFieldProblem(forField);
      setFailure(forField ? null : errorText(error, t));
      setBusy(false);
      if (forField) field.current?.focus();
    }
  }

  return (
    <Modal open onClose={onClose} header={{ heading: t('events.cancel.heading'), size: 'small' }} width="medium">
      {/* The browser's dialog closes on Escape itself; said here too, so it holds wherever the dialog is drawn. */}
      <form
        onSubmit={send}
        noValidate
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <Modal.Body>
          <VStack gap="space-16">
            {failure && (
              <Alert variant="error" role="alert" size="small">
                {failure}
              </Alert>
            )}
            <Textarea
              ref={field}
              label={t('events.cancel.reason')}
              description={t('events.cancel.reasonHelp')}
              value={reason}
              maxLength={MAX_REASON}
              onChange={(e) => setReason(e.target.value)}
              error={fieldProblem}
            />
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={busy} data-color="danger">
            {t('events.cancel.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('events.cancel.keep')}
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}

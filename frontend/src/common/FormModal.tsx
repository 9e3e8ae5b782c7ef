import type { FormEvent, ReactNode } from 'react';
import { Alert, Button, Modal, VStack, type ModalProps } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { formLevelError } from './forms';

interface Props {
  heading: string;
  width?: ModalProps['width'];
  submitLabel: string;
  busy: boolean;
  /** The error the last submit failed with; shown above the fields unless a field error explains it. */
  error: unknown;
  onClose: () => void;
  onSubmit: (event: FormEvent) => void | Promise<void>;
  /** The form's fields. */
  children: ReactNode;
}

/** A modal holding a form: the fields, a general error above them, and submit and cancel buttons. */
export function FormModal({ heading, width = 'medium', submitLabel, busy, error, onClose, onSubmit, children }: Props) {
  const t = useT();
  const general = formLevelError(error, t);
  return (
    <Modal open onClose={onClose} header={{ heading }} width={width}>
      <form onSubmit={onSubmit} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
            {general && (
              <Alert variant="error" role="alert">
                {general}
              </Alert>
            )}
            {children}
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}

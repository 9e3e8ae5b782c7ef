import { useState, type ReactNode } from 'react';
import { Alert, Button, HStack, VStack, type StackProps } from '@navikt/ds-react';
import { Section } from '../common/Section';
import { formLevelError } from '../common/forms';
import { useT } from '../i18n/i18n';

/** Where one change to a nettprat on its page stands: the call running, the error it failed with, or done. */
export interface NettpratChange {
  busy: boolean;
  error: unknown;
  done: boolean;
  /** Runs the change (the call and what follows it); done once it has gone through, the error when it failed. */
  run: (action: () => Promise<void>) => Promise<void>;
  /** Forgets an earlier success once the form is changed again. */
  undone: () => void;
}

export function useNettpratChange(): NettpratChange {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await action();
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, done, run, undone: () => setDone(false) };
}

interface Props {
  heading: string;
  change: NettpratChange;
  submit: string;
  /** Said in the page's status region once the change has gone through. */
  doneText: string;
  onSubmit: () => void;
  variant?: 'primary' | 'secondary';
  disabled?: boolean;
  gap?: StackProps['gap'];
  /** Whether one of the form's fields shows the server's complaint about `field`; any other is said above the button. */
  shows: (field: string) => boolean;
  /** The form's fields; each shows the server's complaint about it from `change.error`. */
  children: ReactNode;
}

/**
 * The frame of a form that changes a nettprat on its page (its time, its people): the fields, the server's
 * complaint about the form as a whole, the success in a status region screen readers announce, and the button.
 */
export function NettpratChangeSection({ heading, change, submit, doneText, onSubmit, variant, disabled, gap = 'space-16', shows, children }: Props) {
  const t = useT();
  const general = formLevelError(change.error, t, shows);
  return (
    <Section heading={heading} size="small">
      <VStack gap={gap}>
        {children}
        {general && <Alert variant="error" size="small">{general}</Alert>}
        <div role="status">{change.done && <Alert variant="success" size="small">{doneText}</Alert>}</div>
        <HStack>
          <Button size="small" variant={variant} loading={change.busy} disabled={disabled} onClick={onSubmit}>
            {submit}
          </Button>
        </HStack>
      </VStack>
    </Section>
  );
}

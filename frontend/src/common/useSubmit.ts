import { useState, type FormEvent } from 'react';

interface Options {
  /**
   * Whether to clear `busy` once the action has succeeded. Forms that stay on screen for the next
   * entry want this; modals and pages that go away on success leave the button loading until then.
   */
  resetBusyOnSuccess?: boolean;
}

/**
 * The state and submit handler every form shares: `busy` while the call runs, and the error it
 * failed with (for `fieldError` and `formLevelError`).
 */
export function useSubmit({ resetBusyOnSuccess = false }: Options = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  /**
   * A form's `onSubmit` handler running `action`. `validate`, when given, runs first: when it
   * returns false nothing is sent and neither `busy` nor `error` is touched.
   */
  function submit(action: () => Promise<void>, validate?: () => boolean) {
    return async (event: FormEvent) => {
      event.preventDefault();
      if (validate && !validate()) return;
      setBusy(true);
      setError(null);
      try {
        await action();
        if (resetBusyOnSuccess) setBusy(false);
      } catch (e) {
        setError(e);
        setBusy(false);
      }
    };
  }

  return { busy, error, setError, submit };
}

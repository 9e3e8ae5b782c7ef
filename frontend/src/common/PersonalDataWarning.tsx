import { useEffect, useState } from 'react';
import { Alert } from '@navikt/ds-react';
import { privacyApi } from '../api/privacy';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nb';
import { useDebouncedValue } from './useDebouncedValue';

const IDENTITY = ['national-id', 'd-number', 'h-number', 'synthetic-id'];

/** Nothing to find without a digit or an address: spare the server most keystrokes. */
const MAY_HOLD = /[0-9@]/;

interface Props {
  text: string;
  /** An extra sentence, e.g. that the forum refuses identity numbers. */
  note?: string;
}

/**
 * Warns the writer, before they send, that the text seems to hold personal data, using the server's own detector so
 * the warning and the server's decision agree. Announced politely to screen readers as it appears.
 */
export function PersonalDataWarning({ text, note }: Props) {
  const t = useT();
  const settled = useDebouncedValue(text, 400);
  const [types, setTypes] = useState<string[]>([]);

  useEffect(() => {
    if (!MAY_HOLD.test(settled)) {
      setTypes([]);
      return;
    }
    let current = true;
    privacyApi
      .scan(settled.slice(0, 100_000))
      .then((result) => current && setTypes([...new Set(result.findings.map((f) => f.type))]))
      .catch(() => current && setTypes([]));
    return () => {
      current = false;
    };
  }, [settled]);

  const identity = types.some((type) => IDENTITY.includes(type));
  return (
    <div aria-live="polite">
      {types.length > 0 && (
        <Alert variant={identity ? 'error' : 'warning'} size="small" inline>
          {identity
            ? t('privacy.warning.identity')
            : t('privacy.warning.other', { types: types.map((type) => t(`privacy.type.${type}` as MessageKey)).join(', ') })}
          {note && ` ${note}`}
        </Alert>
      )}
    </div>
  );
}

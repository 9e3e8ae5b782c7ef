import { useEffect } from 'react';
import { Heading } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';

/**
 * The page's one h1. It names the browser tab too, and takes focus after navigation
 * (AppShell looks for it), so screen reader users hear where they landed.
 */
export function PageHeading({ children, title }: { children: string; title?: string }) {
  const t = useT();
  useEffect(() => {
    document.title = `${title ?? children} – ${t('app.name')}`;
  }, [children, title, t]);
  return (
    <Heading level="1" size="large" tabIndex={-1} className="samtale-page-heading">
      {children}
    </Heading>
  );
}

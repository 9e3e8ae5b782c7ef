import { useEffect, useRef } from 'react';
import { Heading } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';

/**
 * The page's one h1. It names the browser tab too, and takes focus after navigation
 * (AppShell looks for it, or it takes focus itself when it comes later), so screen reader users hear where they landed.
 */
export function PageHeading({ children, title }: { children: string; title?: string }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A page loaded on demand (React.lazy) arrives after AppShell has moved focus to <main>: take it over.
    if (document.activeElement !== null && document.activeElement.id === 'main') heading.current?.focus();
  }, []);
  useEffect(() => {
    document.title = `${title ?? children} – ${t('app.name')}`;
  }, [children, title, t]);
  return (
    <Heading ref={heading} level="1" size="large" tabIndex={-1} className="samtale-page-heading">
      {children}
    </Heading>
  );
}

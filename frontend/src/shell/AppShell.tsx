import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Alert, Page } from '@navikt/ds-react';
import type { Me } from '../api/types';
import { useT } from '../i18n/i18n';
import { Header, type HeaderSlots } from './Header';

/** Header, demo banner, skip link and the one main landmark around every page, the login page too. */
interface Props {
  me: Me | null;
  demo: boolean;
  /** The header's feature parts (bell, badges), for signed-in pages. */
  header?: HeaderSlots;
  children: ReactNode;
}

export function AppShell({ me, demo, header, children }: Props) {
  const t = useT();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  useEffect(() => {
    // On the first load the browser starts at the top (skip link first); after that a route change
    // moves focus to the new page's h1, as a full page load would announce the new page.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    (heading ?? main.current)?.focus();
  }, [pathname]);

  function skipToMain(event: React.MouseEvent) {
    event.preventDefault();
    main.current?.focus();
  }

  return (
    <Page>
      <a href="#main" className="samtale-skip-link" onClick={skipToMain}>
        {t('shell.skipLink')}
      </a>
      <Header me={me} demo={demo} slots={header} />
      <main id="main" ref={main} tabIndex={-1} className="samtale-main">
        {demo && (
          <Page.Block width="xl" gutters>
            <Alert variant="warning" size="small" className="samtale-demo-banner">
              {t('shell.demoBanner')}
            </Alert>
          </Page.Block>
        )}
        <Page.Block width="xl" gutters className="samtale-content">
          {children}
        </Page.Block>
      </main>
    </Page>
  );
}

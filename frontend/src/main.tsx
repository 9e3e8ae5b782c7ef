import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import '@navikt/ds-css';
import './common/common.css';
import './shell/shell.css';
import { App } from './App';
import { LanguageProvider } from './i18n/i18n';
import { SessionProvider } from './shell/session';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <LanguageProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </LanguageProvider>
    </BrowserRouter>
  </StrictMode>,
);

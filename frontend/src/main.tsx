import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
// Aksel's CSS without its fonts.css, which loads Source Sans 3 from cdn.nav.no: the Content-Security-Policy allows
// fonts from Samtale only, so the same typeface comes from npm and Vite serves it with the other hashed assets.
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/global/print.css';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/400-italic.css';
import '@fontsource/source-sans-3/600.css';
import '@fontsource/source-sans-3/600-italic.css';
import '@navikt/ds-css/dist/components.css';
import './common/common.css';
import './shell/shell.css';
import { App } from './App';
import { LanguageProvider } from './i18n/i18n';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </BrowserRouter>
  </StrictMode>,
);

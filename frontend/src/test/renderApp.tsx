import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../App';
import { LanguageProvider } from '../i18n/i18n';
import { SessionProvider } from '../shell/session';

export function renderApp(path = '/') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <LanguageProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </LanguageProvider>
    </MemoryRouter>,
  );
}

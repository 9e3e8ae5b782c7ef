import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Pages load on demand (React.lazy); the first visit in a test file waits for the module to compile,
// and on a busy two-core machine (a Maven build beside the tests) that can take seconds.
configure({ asyncUtilTimeout: 4000 });
vi.setConfig({ testTimeout: 15_000 });

afterEach(() => {
  cleanup();
  // Test files share one document (vitest.config: isolate off), so whatever a test put there itself goes too.
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
  document.cookie.split(';').forEach((c) => {
    const name = c.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });
});

import type { ReactNode } from 'react';

/**
 * A table's own scroll box: on a phone a wide table scrolls sideways inside it instead of widening the page. It
 * takes keyboard focus so that people without a mouse can scroll it too (WCAG 2.1.1, axe's
 * scrollable-region-focusable).
 */
export function TableScroll({ children }: { children: ReactNode }) {
  return (
    <div className="samtale-table-scroll" tabIndex={0}>
      {children}
    </div>
  );
}

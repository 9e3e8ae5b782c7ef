import axe from 'axe-core';

/** The WCAG 2.1 A/AA rules axe-core finds broken in `container`, one line each (empty when none). */
export async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    // jsdom cannot compute colours; the browser tests check contrast.
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * A polite live region that is always in the page, so a change of text is announced without moving
 * focus. Visible, so sighted users get the same confirmation.
 */
export function StatusMessage({ text }: { text: string | null }) {
  return (
    <div role="status" aria-live="polite" className="samtale-status">
      {text}
    </div>
  );
}

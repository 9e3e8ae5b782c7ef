/**
 * A count after a module's name in the header menu: the number for the eye, a sentence for screen readers
 * (the number alone would be read as part of the link's name without saying what it counts).
 */
export function CountBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <>
      {' '}
      <span className="samtale-badge" aria-hidden>
        {count}
      </span>
      <span className="aksel-sr-only">{`(${label})`}</span>
    </>
  );
}

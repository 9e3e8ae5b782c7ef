import { Fragment } from 'react';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#x2F;': '/', '&#39;': "'" };

/** Turns the server's escaped text back into plain text; nothing in it becomes markup. */
export function unescapeText(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#x2F|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Shows a search snippet. The server escapes the text and adds only <mark> tags; this renders those marks as
 * elements and everything else as text, so even a server bug could not put markup from a post on the page.
 */
export function Marked({ html }: { html: string }) {
  const parts = html.split(/(<mark>|<\/mark>)/);
  let marked = false;
  return (
    <>
      {parts.map((part, i) => {
        if (part === '<mark>' || part === '</mark>') {
          marked = part === '<mark>';
          return null;
        }
        const text = unescapeText(part);
        return marked ? <mark key={i}>{text}</mark> : <Fragment key={i}>{text}</Fragment>;
      })}
    </>
  );
}

/** What the editor's text holds: the document, or where it stops being JSON. */
export type Parsed = { ok: true; document: unknown; topics: string[]; needs: string[] } | { ok: false; reason: string };

/** Reads the editor's text as the guide's JSON, and the topic and need keys the preview can offer. */
export function parseGuide(text: string): Parsed {
  try {
    const document = JSON.parse(text) as { topics?: { key?: unknown }[]; needs?: { key?: unknown }[] };
    const keys = (list: { key?: unknown }[] | undefined) =>
      (Array.isArray(list) ? list : []).map((item) => item?.key).filter((key): key is string => typeof key === 'string');
    return { ok: true, document, topics: keys(document?.topics), needs: keys(document?.needs) };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/** The field a refusal names, when the server named one inside the document (document.topics[3].routes). */
export function firstField(fieldErrors: Record<string, string>): string | undefined {
  return Object.keys(fieldErrors)[0];
}

import { BodyShort, Heading } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { wordDiff } from './wordDiff';

interface Props {
  before: string | null;
  after: string | null;
  /** Makes the two headings unique on a page with several replies. */
  idPrefix: string;
}

/**
 * A partner's edit beside the wording it replaced, with the words taken out struck through and those put in marked,
 * so the author sees exactly what they are asked to accept. Side by side on a wide screen, one above the other on a
 * narrow one.
 */
export function ProposedEditView({ before, after, idPrefix }: Props) {
  const t = useT();
  const parts = wordDiff(before ?? '', after ?? '');
  return (
    <div className="samtale-inbox-compare">
      <section aria-labelledby={`${idPrefix}-before`}>
        <Heading level="4" size="xsmall" id={`${idPrefix}-before`}>
          {t('inbox.edit.before')}
        </Heading>
        <BodyShort as="p" className="samtale-text">
          {parts.map((p, i) => (p.kind === 'added' ? null : p.kind === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
        </BodyShort>
      </section>
      <section aria-labelledby={`${idPrefix}-after`}>
        <Heading level="4" size="xsmall" id={`${idPrefix}-after`}>
          {t('inbox.edit.after')}
        </Heading>
        <BodyShort as="p" className="samtale-text">
          {parts.map((p, i) => (p.kind === 'removed' ? null : p.kind === 'added' ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>))}
        </BodyShort>
      </section>
    </div>
  );
}

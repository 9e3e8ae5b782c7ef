import { useId, type ReactNode } from 'react';
import { Heading, VStack, type HeadingProps, type StackProps } from '@navikt/ds-react';

interface Props {
  heading: string;
  /** The heading's id, when something else (a table, a list) is labelled by it; otherwise one is made. */
  id?: string;
  size?: HeadingProps['size'];
  gap?: StackProps['gap'];
  className?: string;
  children: ReactNode;
}

/** A region of a page named by its h2, with its content stacked below. */
export function Section({ heading, id, size = 'medium', gap = 'space-16', className, children }: Props) {
  const made = useId();
  const headingId = id ?? made;
  return (
    <section aria-labelledby={headingId} className={className}>
      <VStack gap={gap}>
        <Heading level="2" size={size} id={headingId}>
          {heading}
        </Heading>
        {children}
      </VStack>
    </section>
  );
}

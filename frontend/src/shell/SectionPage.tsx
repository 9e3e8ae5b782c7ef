import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { BodyLong, HStack, Link, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';

export interface SectionLink {
  to: string;
  label: ReactNode;
  /** Active only on exactly this path, not below it. */
  end?: boolean;
}

interface Props {
  /** Whether the signed-in user may see the section; otherwise the page says so. */
  allowed: boolean;
  forbiddenBody: string;
  navLabel: string;
  links: SectionLink[];
  heading: string;
  children: ReactNode;
}

/** Frame for a section's pages: the guard, links between the section's pages, and the page's h1. */
export function SectionPage({ allowed, forbiddenBody, navLabel, links, heading, children }: Props) {
  const t = useT();
  if (!allowed) {
    return (
      <VStack gap="space-16">
        <PageHeading>{t('admin.forbiddenTitle')}</PageHeading>
        <BodyLong>{forbiddenBody}</BodyLong>
      </VStack>
    );
  }
  return (
    <VStack gap="space-24">
      <nav aria-label={navLabel} className="samtale-subnav">
        <HStack as="ul" gap="space-24" className="samtale-plain-list">
          {links.map((l) => (
            <li key={l.to}>
              <Link as={NavLink} to={l.to} end={l.end}>
                {l.label}
              </Link>
            </li>
          ))}
        </HStack>
      </nav>
      <PageHeading>{heading}</PageHeading>
      {children}
    </VStack>
  );
}

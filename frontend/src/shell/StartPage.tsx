import { Link } from 'react-router';
import { BodyShort, HGrid, Heading, LinkCard, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { useMe } from './session';
import { PageHeading } from '../common/PageHeading';
import { visibleModules } from './modules';

export function StartPage() {
  const t = useT();
  const me = useMe();
  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <PageHeading title={t('start.title')}>{t('start.greeting', { name: me.name })}</PageHeading>
        <dl className="samtale-definitions">
          <dt>{t('start.unit')}</dt>
          <dd>{me.unit?.name ?? t('shell.noUnit')}</dd>
          <dt>{t('start.roles')}</dt>
          <dd>{me.roles.map((r) => t(`role.${r}`)).join(', ')}</dd>
        </dl>
      </VStack>
      <section aria-labelledby="modules-heading">
        <Heading level="2" size="medium" id="modules-heading" spacing>
          {t('start.modules')}
        </Heading>
        <HGrid as="ul" gap="space-16" columns={{ xs: 1, md: 2 }} className="samtale-plain-list">
          {visibleModules(me.roles).map((m) => (
            <li key={m.path}>
              <LinkCard>
                <LinkCard.Title as="h3">
                  <LinkCard.Anchor asChild>
                    <Link to={m.path}>{t(m.name)}</Link>
                  </LinkCard.Anchor>
                </LinkCard.Title>
                <LinkCard.Description>
                  <BodyShort as="span">{t(m.description)}</BodyShort>
                </LinkCard.Description>
              </LinkCard>
            </li>
          ))}
        </HGrid>
      </section>
    </VStack>
  );
}

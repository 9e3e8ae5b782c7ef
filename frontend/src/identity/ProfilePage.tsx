import { Fragment } from 'react';
import { Heading, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';
import { ChangePasswordForm } from './ChangePasswordForm';
import { TokensSection } from './TokensSection';
import { useMe } from '../shell/session';

export function ProfilePage() {
  const t = useT();
  const me = useMe();
  const details: [string, string][] = [
    [t('profile.name'), me.name],
    [t('profile.username'), me.username],
    [t('profile.employeeId'), me.employeeId],
    [t('profile.email'), me.email ?? '–'],
    [t('profile.unit'), me.unit?.name ?? t('shell.noUnit')],
    [t('profile.roles'), me.roles.map((r) => t(`role.${r}`)).join(', ')],
    [t('profile.authMethod'), t(`auth.${me.authMethod}`)],
  ];
  return (
    <VStack gap="space-40">
      <PageHeading>{t('profile.title')}</PageHeading>
      <section aria-labelledby="profile-details">
        <Heading level="2" size="medium" id="profile-details" spacing>
          {t('profile.details')}
        </Heading>
        <dl className="samtale-definitions">
          {details.map(([term, value]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      {me.authMethod === 'PASSWORD' && (
        <section aria-labelledby="profile-password">
          <Heading level="2" size="medium" id="profile-password" spacing>
            {t('password.title')}
          </Heading>
          <ChangePasswordForm />
        </section>
      )}
      <TokensSection />
    </VStack>
  );
}

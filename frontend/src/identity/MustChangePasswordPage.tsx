import { BodyLong, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSession } from '../shell/session';

/** The only page a user sees until a password set by an administrator has been replaced. */
export function MustChangePasswordPage() {
  const t = useT();
  const { reload } = useSession();
  return (
    <VStack gap="space-16">
      <PageHeading>{t('password.mustChangeTitle')}</PageHeading>
      <BodyLong>{t('password.mustChangeIntro')}</BodyLong>
      <ChangePasswordForm onChanged={() => void reload()} />
    </VStack>
  );
}

import { useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, BodyShort, Heading, HStack, Link, ToggleGroup, VStack } from '@navikt/ds-react';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { ContactFiguresTable } from './ContactFiguresTable';
import { ContactLogForm } from './ContactLogForm';
import { TelephonyUpload } from './TelephonyUpload';
import { CHANNELS, contactsApi, type ContactChannel, type FiguresBy } from './contactsApi';
import { isTopic } from './topics';

/** /kontaktlogg: log a walk-in or call in seconds, and see the contacts per month by channel, office or topic. */
export function ContactLogPage() {
  const t = useT();
  const me = useMe();
  const [by, setBy] = useState<FiguresBy>('channel');
  const [version, setVersion] = useState(0);
  const loadChoices = useCallback(() => contactsApi.choices(), []);
  const { data: choices, error: choicesError } = useLoad(loadChoices);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const loadFigures = useCallback(() => contactsApi.figures(by), [by, version]);
  const { data: figures, error: figuresError } = useLoad(loadFigures);
  const readsFigures = me.roles.some((r) => r === 'ANALYST' || r === 'LEADER' || r === 'ADMIN');
  const handles = me.roles.some((r) => r === 'ADVISOR' || r === 'ADMIN');

  const label = (key: string, name: string) => {
    if (by === 'channel' && (CHANNELS as readonly string[]).includes(key)) return t(`contacts.channel.${key as ContactChannel}`);
    if (by === 'topic' && isTopic(key)) return t(`contacts.topic.${key}`);
    return name;
  };

  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t('contacts.heading')}</PageHeading>
        <BodyShort>{t('contacts.intro')}</BodyShort>
        <HStack gap="space-16" wrap>
          <Link as={RouterLink} to="/klager">
            {handles ? t('contacts.toComplaints') : t('contacts.toRegisterComplaint')}
          </Link>
          {readsFigures && (
            <Link as={RouterLink} to="/analyse/kanaler">
              {t('contacts.toChannelMix')}
            </Link>
          )}
        </HStack>
      </VStack>
      <section aria-labelledby="contact-log-form-heading">
        <Heading id="contact-log-form-heading" level="2" size="medium" spacing>
          {t('contacts.formHeading')}
        </Heading>
        {choices === null ? (
          <LoadProblem error={choicesError} />
        ) : choices.office === null ? (
          <Alert variant="info">{t('contacts.noOffice')}</Alert>
        ) : (
          <>
            <BodyShort spacing>{t('contacts.atOffice', { office: choices.office.name })}</BodyShort>
            <ContactLogForm officeName={choices.office.name} onLogged={() => setVersion((v) => v + 1)} />
          </>
        )}
      </section>
      <section aria-labelledby="contact-figures-heading">
        <Heading id="contact-figures-heading" level="2" size="medium" spacing>
          {t('contacts.figures.heading')}
        </Heading>
        <ToggleGroup value={by} onChange={(v) => setBy(v as FiguresBy)} label={t('contacts.figures.by')} size="small">
          <ToggleGroup.Item value="channel">{t('contacts.figures.byChannel')}</ToggleGroup.Item>
          <ToggleGroup.Item value="office">{t('contacts.figures.byOffice')}</ToggleGroup.Item>
          <ToggleGroup.Item value="topic">{t('contacts.figures.byTopic')}</ToggleGroup.Item>
        </ToggleGroup>
        {figures === null ? <LoadProblem error={figuresError} /> : <ContactFiguresTable figures={figures} label={label} />}
      </section>
      {readsFigures && (
        <section aria-labelledby="telephony-heading">
          <Heading id="telephony-heading" level="2" size="medium" spacing>
            {t('contacts.telephony.heading')}
          </Heading>
          <TelephonyUpload onImported={() => setVersion((v) => v + 1)} />
        </section>
      )}
    </VStack>
  );
}

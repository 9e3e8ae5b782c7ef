import { useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, BodyLong, Button, Heading, HStack, Link, Tag, Textarea, VStack } from '@navikt/ds-react';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { formatDate } from '../common/format';
import { fieldError, formLevelError } from '../common/forms';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import { useSubmit } from '../common/useSubmit';
import { useLanguage } from '../i18n/i18n';
import { contactsApi, type ComplaintView } from './contactsApi';
import './contacts.css';
import { isTopic } from './topics';

/** /klager/:id: one complaint in full, its response and the second handler's check (four eyes). */
export function ComplaintPage() {
  const { t, language } = useLanguage();
  const id = useRouteId('id');
  const load = useCallback(() => contactsApi.complaint(id), [id]);
  const { data: loaded, error } = useLoad(load);
  const [changed, setChanged] = useState<ComplaintView | null>(null);
  const complaint = changed !== null && changed.id === id ? changed : loaded;
  if (complaint === null) return <LoadProblem error={error} />;
  const facts: [string, string][] = [
    [t('complaints.receivedOn'), formatDate(complaint.receivedOn, language)],
    [t('complaints.channel'), t(`contacts.channel.${complaint.channel}`)],
    [t('contacts.topic'), isTopic(complaint.topic) ? t(`contacts.topic.${complaint.topic}`) : complaint.topic],
    [t('complaints.classification'), t(`complaints.classification.${complaint.classification}`)],
    [t('complaints.deadline'), formatDate(complaint.deadline, language)],
    [t('complaints.office'), complaint.unitName ?? t('common.none')],
  ];
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t('complaints.number', { id: complaint.id })}</PageHeading>
        <Link as={RouterLink} to="/klager">
          {t('complaints.back')}
        </Link>
        <HStack gap="space-8">
          <Tag variant={complaint.status === 'ANSWERED' ? 'success' : 'info'} size="small">
            {t(`complaints.status.${complaint.status}`)}
          </Tag>
          {complaint.overdue && (
            <Tag variant="error" size="small">
              {t('complaints.overdue')}
            </Tag>
          )}
        </HStack>
      </VStack>
      <dl className="samtale-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="complaint-text-heading">
        <Heading id="complaint-text-heading" level="2" size="small" spacing>
          {t('complaints.text')}
        </Heading>
        {complaint.personalData.length > 0 && <Alert variant="warning" size="small">{t('complaints.personalData')}</Alert>}
        <BodyLong style={{ whiteSpace: 'pre-wrap' }}>{complaint.text}</BodyLong>
      </section>
      <ResponseSection complaint={complaint} onChange={setChanged} />
    </VStack>
  );
}

function ResponseSection({ complaint, onChange }: { complaint: ComplaintView; onChange: (c: ComplaintView) => void }) {
  const { t, language } = useLanguage();
  const response = complaint.response;
  const [draft, setDraft] = useState(response?.text ?? '');
  const [comment, setComment] = useState('');
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const formError = formLevelError(error, t);
  const mayWrite = complaint.status !== 'ANSWERED' && (response === null || response.mayReword);

  if (complaint.status === 'ANSWERED') {
    return (
      <section aria-labelledby="complaint-response-heading">
        <Heading id="complaint-response-heading" level="2" size="small" spacing>
          {t('complaints.answer')}
        </Heading>
        <BodyLong style={{ whiteSpace: 'pre-wrap' }}>{complaint.answer}</BodyLong>
        {complaint.answeredAt && (
          <BodyLong size="small">{t('complaints.answeredAt', { date: formatDate(complaint.answeredAt.slice(0, 10), language) })}</BodyLong>
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="complaint-response-heading">
      <VStack gap="space-16">
        <Heading id="complaint-response-heading" level="2" size="small">
          {t('complaints.response')}
        </Heading>
        {response !== null && (
          <VStack gap="space-8">
            <BodyLong size="small">
              {t(`complaints.responseState.${response.state}`, { author: response.authorName ?? '' })}
            </BodyLong>
            {response.rejectionComment && <Alert variant="warning" size="small">{t('complaints.sentBack', { comment: response.rejectionComment })}</Alert>}
            {!mayWrite && <BodyLong style={{ whiteSpace: 'pre-wrap' }}>{response.text}</BodyLong>}
          </VStack>
        )}
        {mayWrite && (
          <form onSubmit={submit(async () => onChange(await contactsApi.respond(complaint.id, draft)))}>
            <VStack gap="space-8">
              <Textarea
                label={response === null ? t('complaints.writeResponse') : t('complaints.rewordResponse')}
                description={t('complaints.fourEyesHelp')}
                value={draft}
                maxLength={8000}
                onChange={(e) => setDraft(e.target.value)}
                error={fieldError(error, 'response')}
              />
              <div>
                <Button type="submit" size="small" loading={busy}>
                  {t('complaints.sendForApproval')}
                </Button>
              </div>
            </VStack>
          </form>
        )}
        {response !== null && response.mayApprove && (
          <VStack gap="space-8">
            <div>
              <Button size="small" loading={busy} onClick={submit(async () => onChange(await contactsApi.approve(complaint.id)))}>
                {t('complaints.approve')}
              </Button>
            </div>
            <form onSubmit={submit(async () => onChange(await contactsApi.reject(complaint.id, comment)))}>
              <VStack gap="space-8">
                <Textarea
                  label={t('complaints.rejectComment')}
                  value={comment}
                  maxLength={2000}
                  onChange={(e) => setComment(e.target.value)}
                  error={fieldError(error, 'comment')}
                />
                <div>
                  <Button type="submit" size="small" variant="secondary" loading={busy}>
                    {t('complaints.reject')}
                  </Button>
                </div>
              </VStack>
            </form>
          </VStack>
        )}
        {formError && <Alert variant="error" role="alert">{formError}</Alert>}
      </VStack>
    </section>
  );
}

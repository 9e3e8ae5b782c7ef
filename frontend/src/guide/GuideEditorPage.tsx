import { useCallback, useEffect, useState } from 'react';
import { Alert, BodyShort, Button, HStack, Link, Select, Table, Textarea, TextField, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { TableScroll } from '../common/TableScroll';
import { useLoad } from '../common/useLoad';
import { useSubmit } from '../common/useSubmit';
import { useMe } from '../shell/session';
import { guideApi, type GuideAnswerView, type GuidePreviewAsk } from './guideApi';
import { firstField, parseGuide } from './guideDocument';
import { GuidePreview } from './GuidePreview';
import './guide.css';

/**
 * The editors' page for the citizens' channel guide: its versions (the live one marked), the guide as data to edit
 * and save as a new version, a preview of what a citizen would get, and publishing a version.
 */
export function GuideEditorPage() {
  const { t, language } = useLanguage();
  const me = useMe();
  const versions = useLoad(useCallback(() => guideApi.versions(), []));
  const [editing, setEditing] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [ask, setAsk] = useState<GuidePreviewAsk>({ topic: '', need: '', municipality: '', lang: 'nb' });
  const [preview, setPreview] = useState<GuideAnswerView | null>(null);
  const saving = useSubmit({ resetBusyOnSuccess: true });
  const previewing = useSubmit({ resetBusyOnSuccess: true });
  const parsed = parseGuide(text);

  const live = versions.data?.find((v) => v.live)?.version ?? versions.data?.[0]?.version;
  useEffect(() => {
    if (editing !== null || live === undefined) return;
    setEditing(live);
    void guideApi.version(live).then((v) => setText(JSON.stringify(v.document, null, 2)));
  }, [editing, live]);

  if (!me.roles.includes('EDITOR') && !me.roles.includes('ADMIN')) {
    return <Alert variant="warning">{t('common.forbidden')}</Alert>;
  }

  const notJson = () => {
    if (parsed.ok) return true;
    saving.setError(new ApiError(400, { errors: [{ field: 'document', detail: parsed.reason }] }));
    return false;
  };
  const save = saving.submit(async () => {
    const saved = await guideApi.save(parsed.ok ? parsed.document : null, note.trim());
    setNote('');
    setEditing(saved.version);
    setStatus(t('guide.admin.saved', { version: String(saved.version) }));
    await versions.reload();
  }, notJson);
  const show = previewing.submit(async () => {
    setPreview(await guideApi.preview(parsed.ok ? parsed.document : null, ask));
  });
  const publish = async (version: number) => {
    await guideApi.publish(version);
    setStatus(t('guide.admin.published', { version: String(version) }));
    await versions.reload();
  };
  const refusal = (error: unknown) => {
    if (!(error instanceof ApiError)) return errorText(error, t);
    const field = firstField(error.fieldErrors);
    if (field === 'document' && !parsed.ok) return t('guide.admin.notJson');
    return field ? t('guide.admin.refused', { field }) : errorText(error, t);
  };

  return (
    <VStack gap="space-32">
      <PageHeading>{t('guide.admin.title')}</PageHeading>
      <BodyShort>{t('guide.admin.intro')}</BodyShort>
      <Link href="/veiviser">{t('guide.admin.publicLink')}</Link>
      <StatusMessage text={status} />
      <Section heading={t('guide.admin.versions')}>
        {versions.data === null ? (
          <LoadProblem error={versions.error} />
        ) : (
          <div className="samtale-guide-history">
          <TableScroll>
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('guide.admin.version')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('guide.admin.savedAt')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('guide.admin.note')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('guide.admin.state')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {versions.data.map((v) => (
                  <Table.Row key={v.version}>
                    <Table.DataCell>{v.version}</Table.DataCell>
                    <Table.DataCell>{formatDateTime(v.savedAt, language)}</Table.DataCell>
                    <Table.DataCell>{v.note ?? ''}</Table.DataCell>
                    <Table.DataCell>{v.live ? t('guide.admin.live') : v.publishedAt ? t('guide.admin.earlier') : t('guide.admin.draft')}</Table.DataCell>
                    <Table.DataCell>
                      <HStack gap="space-8" wrap={false}>
                        <Button size="xsmall" variant="tertiary" onClick={() => {
                          setEditing(v.version);
                          void guideApi.version(v.version).then((d) => setText(JSON.stringify(d.document, null, 2)));
                        }}>
                          {t('guide.admin.edit')}
                          <span className="aksel-sr-only"> {v.version}</span>
                        </Button>
                        {!v.live && (
                          <Button size="xsmall" variant="secondary" onClick={() => void publish(v.version)}>
                            {t('guide.admin.publish')}
                            <span className="aksel-sr-only"> {v.version}</span>
                          </Button>
                        )}
                      </HStack>
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          </div>
        )}
      </Section>
      <Section heading={editing === null ? t('guide.admin.editor') : t('guide.admin.editorFrom', { version: String(editing) })}>
        <form onSubmit={save}>
          <VStack gap="space-16">
            <Textarea
              label={t('guide.admin.document')}
              description={t('guide.admin.documentHelp')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              minRows={12}
              maxRows={30}
              className="samtale-guide-document"
              error={saving.error ? refusal(saving.error) : undefined}
            />
            <TextField label={t('guide.admin.note')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
            <div>
              <Button type="submit" loading={saving.busy}>
                {t('guide.admin.save')}
              </Button>
            </div>
          </VStack>
        </form>
      </Section>
      <Section heading={t('guide.admin.preview')}>
        <form onSubmit={show}>
          <VStack gap="space-16">
            <Select label={t('guide.admin.topic')} value={ask.topic} onChange={(e) => setAsk({ ...ask, topic: e.target.value })}>
              <option value="">{t('guide.admin.choose')}</option>
              {(parsed.ok ? parsed.topics : []).map((key) => <option key={key} value={key}>{key}</option>)}
            </Select>
            <Select label={t('guide.admin.need')} value={ask.need} onChange={(e) => setAsk({ ...ask, need: e.target.value })}>
              <option value="">{t('guide.admin.noNeed')}</option>
              {(parsed.ok ? parsed.needs : []).map((key) => <option key={key} value={key}>{key}</option>)}
            </Select>
            <TextField label={t('guide.admin.place')} value={ask.municipality} onChange={(e) => setAsk({ ...ask, municipality: e.target.value })} />
            <Select label={t('guide.admin.lang')} value={ask.lang} onChange={(e) => setAsk({ ...ask, lang: e.target.value })}>
              <option value="nb">Bokmål</option>
              <option value="nn">Nynorsk</option>
              <option value="en">English</option>
            </Select>
            {previewing.error !== null && <Alert variant="error">{refusal(previewing.error)}</Alert>}
            <div>
              <Button type="submit" variant="secondary" loading={previewing.busy}>
                {t('guide.admin.show')}
              </Button>
            </div>
          </VStack>
        </form>
        {preview && <GuidePreview answer={preview} />}
      </Section>
    </VStack>
  );
}

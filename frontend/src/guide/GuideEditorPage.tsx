import { useCallback, useEffect, useState } from 'react';
import { Alert, BodyShort, Button, Link, Tabs, Textarea, TextField, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { useT } from '../i18n/i18n';
import { errorText, formLevelError } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { useSubmit } from '../common/useSubmit';
import { useMe } from '../shell/session';
import { guideApi } from './guideApi';
import { parseGuide } from './guideDocument';
import { checkGuide, serverFindings, type Findings, type GuideDoc } from './guideForm';
import { GuideForm } from './GuideForm';
import { GuideHistory } from './GuideHistory';
import { GuideDiffSection } from './GuideDiffSection';
import { GuidePreviewForm } from './GuidePreviewForm';
import './guide.css';

type Mode = 'form' | 'json';

/**
 * The editors' page for the citizens' channel guide: its versions (the live one marked), the guide to edit as a form
 * (or as JSON) and save as a new version, a preview of what a citizen would get,
 * publishing a version, and what changed between two versions.
 */
export function GuideEditorPage() {
  const t = useT();
  const me = useMe();
  const versions = useLoad(useCallback(() => guideApi.versions(), []));
  const [editing, setEditing] = useState<number | null>(null);
  const [doc, setDoc] = useState<GuideDoc | null>(null);
  const [mode, setMode] = useState<Mode>('form');
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [findings, setFindings] = useState<Findings>({});
  const [notJson, setNotJson] = useState(false);
  const saving = useSubmit({ resetBusyOnSuccess: true });

  const edit = useCallback((version: number) => {
    setEditing(version);
    void guideApi.version(version).then((v) => {
      setDoc(v.document);
      setText(JSON.stringify(v.document, null, 2));
      setFindings({});
    });
  }, []);
  const live = versions.data?.find((v) => v.live)?.version ?? versions.data?.[0]?.version;
  useEffect(() => {
    if (editing === null && live !== undefined) edit(live);
  }, [editing, live, edit]);

  if (!me.roles.includes('EDITOR') && !me.roles.includes('ADMIN')) {
    return <Alert variant="warning">{t('common.forbidden')}</Alert>;
  }

  /** The document as the active tab holds it; null when the JSON tab's text is not JSON. */
  const current = (): GuideDoc | null => {
    if (mode === 'form') return doc;
    const parsed = parseGuide(text);
    return parsed.ok ? (parsed.document as GuideDoc) : null;
  };
  const switchTo = (next: Mode) => {
    if (next === mode) return;
    if (next === 'json') {
      setText(JSON.stringify(doc, null, 2));
    } else {
      const parsed = current();
      if (parsed === null) return setNotJson(true);
      setDoc(parsed);
    }
    setNotJson(false);
    setMode(next);
  };
  const refused = (error: unknown) => {
    if (error instanceof ApiError) setFindings(serverFindings(error.fieldCodes, error.fieldErrors));
  };
  const checked = () => {
    const document = current();
    if (document === null) {
      setNotJson(true);
      return false;
    }
    const found = checkGuide(document);
    setFindings(found);
    setNotJson(false);
    return Object.keys(found).length === 0;
  };
  const save = saving.submit(async () => {
    try {
      const saved = await guideApi.save(current(), note.trim());
      setNote('');
      setEditing(saved.version);
      setStatus(t('guide.admin.saved', { version: String(saved.version) }));
      await versions.reload();
    } catch (e) {
      refused(e);
      throw e;
    }
  }, checked);
  const publish = async (version: number) => {
    try {
      await guideApi.publish(version);
      setStatus(t('guide.admin.published', { version: String(version) }));
      await versions.reload();
    } catch (e) {
      setStatus(errorText(e, t));
    }
  };
  const jsonFindings = Object.keys(findings);

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
          <GuideHistory versions={versions.data} onEdit={edit} onPublish={(v) => void publish(v)} />
        )}
      </Section>
      <Section heading={editing === null ? t('guide.admin.editor') : t('guide.admin.editorFrom', { version: String(editing) })}>
        <form onSubmit={save} noValidate>
          <VStack gap="space-16">
            <Tabs value={mode} onChange={(value) => switchTo(value as Mode)} size="small">
              <Tabs.List>
                <Tabs.Tab value="form" label={t('guide.form.tab')} />
                <Tabs.Tab value="json" label={t('guide.admin.document')} />
              </Tabs.List>
              <Tabs.Panel value="form" className="samtale-guide-panel">
                {doc && <GuideForm doc={doc} onChange={setDoc} findings={findings} />}
              </Tabs.Panel>
              <Tabs.Panel value="json" className="samtale-guide-panel">
                <Textarea
                  label={t('guide.admin.document')}
                  description={t('guide.admin.documentHelp')}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  minRows={12}
                  maxRows={30}
                  className="samtale-guide-document"
                  error={notJson ? t('guide.admin.notJson') : jsonFindings.length > 0 ? t('guide.admin.refused', { field: jsonFindings.join(', ') }) : undefined}
                />
              </Tabs.Panel>
            </Tabs>
            {notJson && mode === 'form' && <Alert variant="error">{t('guide.admin.notJson')}</Alert>}
            {saving.error !== null && formLevelError(saving.error, t) && <Alert variant="error">{formLevelError(saving.error, t)}</Alert>}
            <TextField label={t('guide.admin.note')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
            <div>
              <Button type="submit" loading={saving.busy}>
                {t('guide.admin.save')}
              </Button>
            </div>
          </VStack>
        </form>
      </Section>
      <GuidePreviewForm doc={mode === 'form' ? doc : current()} onRefused={refused} />
      {versions.data !== null && versions.data.length > 0 && <GuideDiffSection key={versions.data[0].version} versions={versions.data} />}
    </VStack>
  );
}

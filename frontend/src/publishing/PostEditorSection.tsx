import { useState } from 'react';
import { BodyShort, Button, HStack, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { publishingApi, type PostImage, type PostVideo } from '../api/publishing';
import { PROBLEM_PERSONAL_DATA } from '../api/problems';
import type { PublishingCalendar } from '../api/types';
import { useT } from '../i18n/i18n';
import { DateField } from '../common/DateField';
import { fieldError, formLevelError } from '../common/forms';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useSubmit } from '../common/useSubmit';
import { UnavailableAction } from '../common/UnavailableAction';
import { useMissingCapabilities } from '../channels/useMissingCapabilities';
import { countedLength, instant, MAX_LENGTH, NEEDS_IMAGE, NEEDS_VIDEO } from './platformRules';
import { PostImageField } from './PostImageField';
import { PostVideoField } from './PostVideoField';

type CalendarAccount = PublishingCalendar['accounts'][number];

/**
 * A new post for one of the team's accounts, with the platform's rules shown while it is written, saved as a draft
 * and sent to a partner for approval in one go.
 */
export function PostEditorSection({ accounts, onSaved }: { accounts: CalendarAccount[]; onSaved: () => void }) {
  const t = useT();
  const [accountId, setAccountId] = useState('');
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const [videoLink, setVideoLink] = useState('');
  const [image, setImage] = useState<PostImage | null>(null);
  const [video, setVideo] = useState<PostVideo | null>(null);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, setError, submit } = useSubmit({ resetBusyOnSuccess: true });
  // The web chat has no posts: it answers people one by one.
  const postable = accounts.filter((a) => a.platform !== 'WEB_CHAT');
  const missingCapabilities = useMissingCapabilities();
  const account = postable.find((a) => String(a.id) === accountId);
  const limit = account ? MAX_LENGTH[account.platform] : null;
  const cannotPublish = account ? missingCapabilities.get(account.id)?.find((m) => m.capability === 'PUBLISH') : undefined;
  const length = countedLength(text, link, videoLink);
  // A YouTube post is a video (uploaded here), titled by the post's first line; the others may carry an image.
  const takesVideo = account ? NEEDS_VIDEO.has(account.platform) : false;

  const save = submit(
    async () => {
      try {
        const post = await publishingApi.create({
          accountId: Number(accountId),
          text: text.trim(),
          publishAt: instant(date, time)!,
          link: link.trim() || null,
          imageId: takesVideo ? null : (image?.id ?? null),
          videoLink: videoLink.trim() || null,
          videoId: takesVideo ? (video?.id ?? null) : null,
        });
        await publishingApi.submit(post.id);
      } catch (e) {
        if (!(e instanceof ApiError) || e.type !== PROBLEM_PERSONAL_DATA) throw e;
        throw new ApiError(e.status, { errors: [{ field: 'text', detail: t('publishing.editor.personalData') }] });
      }
      setText('');
      setLink('');
      setVideoLink('');
      setImage(null);
      setVideo(null);
      setStatus(t('publishing.editor.sent'));
      onSaved();
    },
    () => {
      if (!account) {
        setError(new ApiError(400, { errors: [{ field: 'accountId', detail: t('publishing.editor.chooseAccount') }] }));
        return false;
      }
      if (instant(date, time)) return true;
      setError(new ApiError(400, { errors: [{ field: 'publishAt', detail: t('publishing.editor.badTime') }] }));
      return false;
    },
  );

  return (
    <Section heading={t('publishing.editor.heading')}>
      <StatusMessage text={status} />
      <form onSubmit={save} noValidate>
        <VStack gap="space-16">
          {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
          <Select label={t('publishing.editor.account')} value={accountId} onChange={(e) => {
              setAccountId(e.target.value);
              setImage(null);
              setVideo(null);
            }} error={fieldError(error, 'accountId')}>
            <option value="">{t('publishing.editor.chooseAccount')}</option>
            {postable.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({t(`platform.${a.platform}`)})
              </option>
            ))}
          </Select>
          <Textarea
            label={t('publishing.editor.text')}
            description={
              limit
                ? `${t('publishing.editor.limit', { count: length, limit })}${takesVideo ? ` ${t('publishing.editor.videoTitleHint')}` : ''}`
                : undefined
            }
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={fieldError(error, 'text') ?? (limit && length > limit ? t('publishing.editor.tooLong', { limit }) : undefined)}
          />
          {account && NEEDS_IMAGE.has(account.platform) && !image && <BodyShort size="small">{t('publishing.editor.needsImage')}</BodyShort>}
          {takesVideo && !video && <BodyShort size="small">{t('publishing.editor.needsVideo')}</BodyShort>}
          {/* A new account's team may differ: an image or a video is uploaded for one account's team. */}
          {takesVideo ? (
            <PostVideoField key={accountId} accountId={account ? account.id : null} value={video} onChange={setVideo} />
          ) : (
            <PostImageField key={accountId} accountId={account ? account.id : null} value={image} onChange={setImage} />
          )}
          {(fieldError(error, 'video') || fieldError(error, 'videoId')) && (
            <BodyShort role="alert">{fieldError(error, 'video') ?? fieldError(error, 'videoId')}</BodyShort>
          )}
          {(fieldError(error, 'image') || fieldError(error, 'imageId')) && (
            <BodyShort role="alert">{fieldError(error, 'image') ?? fieldError(error, 'imageId')}</BodyShort>
          )}
          <TextField label={t('publishing.editor.link')} value={link} onChange={(e) => setLink(e.target.value)} error={fieldError(error, 'link')} />
          <TextField
            label={t('publishing.editor.videoLink')}
            description={t('publishing.editor.videoLinkHint')}
            value={videoLink}
            onChange={(e) => setVideoLink(e.target.value)}
            error={fieldError(error, 'videoLink')}
          />
          <HStack gap="space-16" align="start" wrap>
            <DateField label={t('publishing.editor.date')} value={date} onChange={setDate} error={fieldError(error, 'publishAt')} fromDate={new Date()} />
            <TextField label={t('publishing.editor.time')} description={t('publishing.editor.timeHint')} htmlSize={6} value={time} onChange={(e) => setTime(e.target.value)} />
          </HStack>
          {cannotPublish ? (
            <UnavailableAction label={t('publishing.editor.send')} missing={cannotPublish} />
          ) : (
            <div>
              <Button type="submit" loading={busy}>
                {t('publishing.editor.send')}
              </Button>
            </div>
          )}
        </VStack>
      </form>
    </Section>
  );
}

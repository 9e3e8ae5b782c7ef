import { useCallback, useState } from 'react';
import { BodyShort, Link, Select, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { blogApi } from '../../api/blog';
import { channelsApi } from '../../api/channels';
import type { BlogPost, BlogSummary } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { LoadProblem } from '../../common/LoadProblem';
import { PageHeading } from '../../common/PageHeading';
import { Section } from '../../common/Section';
import { StatusMessage } from '../../common/StatusMessage';
import { useLoad } from '../../common/useLoad';
import { BlogPostForm } from './BlogPostForm';
import { BlogPostItem } from './BlogPostItem';
import '../publishing.css';

/** Accounts a blog post can be shared on: the blog's team's social accounts (not the blog, not the web chat). */
const SHAREABLE = new Set(['FACEBOOK', 'INSTAGRAM', 'X', 'LINKEDIN', 'YOUTUBE', 'SNAPCHAT']);

function BlogPosts({ blog }: { blog: BlogSummary }) {
  const t = useT();
  const [editing, setEditing] = useState<BlogPost | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const posts = useLoad(useCallback(() => blogApi.posts(blog.id), [blog.id]));
  const accounts = useLoad(useCallback(() => channelsApi.accounts(), []));
  const shareable = (accounts.data ?? []).filter((a) => a.team.id === blog.teamId && SHAREABLE.has(a.platform));
  const changed = (message: string) => {
    setStatus(message);
    setEditing(null);
    void posts.reload();
  };
  return (
    <>
      <StatusMessage text={status} />
      <BodyShort>
        <Link href={blog.path}>{t('blog.page.public', { title: blog.title })}</Link>
        {' · '}
        <Link href={blog.feedPath}>{t('blog.page.feed')}</Link>
      </BodyShort>
      <BlogPostForm key={editing?.id ?? 'new'} blogId={blog.id} editing={editing} onSaved={changed} onCancel={() => setEditing(null)} />
      <Section heading={t('blog.list.heading')}>
        {posts.data === null ? (
          <LoadProblem error={posts.error} />
        ) : posts.data.length === 0 ? (
          <BodyShort>{t('blog.list.empty')}</BodyShort>
        ) : (
          <ul className="publishing-cards">
            {posts.data.map((post) => (
              <BlogPostItem key={post.id} post={post} accounts={shareable} onEdit={setEditing} onChanged={changed} />
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

/** The editors' and experts' blog page: write a post, send it to a partner, approve, share a published one. */
export function BlogPage() {
  const t = useT();
  const blogs = useLoad(useCallback(() => blogApi.blogs(), []));
  const [chosen, setChosen] = useState<string>('');
  const list = blogs.data ?? [];
  const blog = list.find((b) => String(b.id) === chosen) ?? list[0];
  return (
    <VStack gap="space-32">
      <PageHeading>{t('blog.page.title')}</PageHeading>
      <BodyShort>{t('blog.page.intro')}</BodyShort>
      <Link as={RouterLink} to="/publisering">
        {t('blog.page.back')}
      </Link>
      {blogs.data === null ? (
        <LoadProblem error={blogs.error} />
      ) : !blog ? (
        <BodyShort>{t('blog.page.none')}</BodyShort>
      ) : (
        <>
          {list.length > 1 && (
            <Select label={t('blog.page.choose')} value={String(blog.id)} onChange={(e) => setChosen(e.target.value)}>
              {list.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title}
                </option>
              ))}
            </Select>
          )}
          <BlogPosts key={blog.id} blog={blog} />
        </>
      )}
    </VStack>
  );
}

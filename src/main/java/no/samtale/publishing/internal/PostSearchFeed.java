package no.samtale.publishing.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.AfterCommit;
import no.samtale.platform.ExpiringCache;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostStatus;
import no.samtale.publishing.Theme;
import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchFeed;
import no.samtale.search.SearchIndex;
import no.samtale.search.SearchSource;
import no.samtale.search.SpaceReaders;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * Puts published posts into the one search (source POST): what a team has already said in public often answers a
 * question again. The post's theme (or its first words) is the title, its text the question field (a post
 * explains; its words are what people ask with) and its first comment the answer. Only published posts: a draft
 * or a post waiting for approval is not an answer yet. Published posts are public, so every employee reads them;
 * the "space" is the team that wrote it.
 */
@Component
class PostSearchFeed implements SearchFeed, SpaceReaders {

	private static final int TITLE_WORDS = 80;

	private final JdbcClient jdbc;

	private final PostStore posts;

	private final ThemeStore themes;

	private final SearchIndex index;

	private final Teams teams;

	private final ExpiringCache<Long, Set<Long>> readable = new ExpiringCache<>(Duration.ofSeconds(5), 50_000);

	PostSearchFeed(JdbcClient jdbc, PostStore posts, ThemeStore themes, SearchIndex index, Teams teams) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.themes = themes;
		this.index = index;
		this.teams = teams;
	}

	@Override
	public SearchSource source() {
		return SearchSource.POST;
	}

	@Override
	public Set<Long> readableSpaceIds(CurrentUser user) {
		return readable.get(0L, any -> Set.copyOf(teams.all().stream().map(Team::id).toList()));
	}

	@Override
	public String spaceName(long teamId) {
		return teams.find(teamId).map(Team::name).orElse(null);
	}

	/** Reindexes one post once the writing transaction has committed (at once when there is none). */
	void changed(long postId) {
		Runnable reindex = () -> index.reindex(SearchSource.POST, postId,
				() -> posts.find(postId).filter(post -> post.status() == PostStatus.PUBLISHED).map(this::document));
		AfterCommit.run(reindex);
	}

	@Override
	public long feed(Consumer<IndexableDocument> sink) {
		List<Long> published = jdbc.sql("select id from publishing_post where status = 'PUBLISHED' order by id")
			.query(Long.class).list();
		long count = 0;
		for (long id : published) {
			var post = posts.find(id);
			if (post.isPresent()) {
				sink.accept(document(post.get()));
				count++;
			}
		}
		return count;
	}

	private IndexableDocument document(Post post) {
		String title = post.themeId() == null ? null : themes.find(post.themeId()).map(Theme::title).orElse(null);
		if (title == null) {
			String text = post.text().strip();
			title = text.length() <= TITLE_WORDS ? text : text.substring(0, TITLE_WORDS) + "…";
		}
		return new IndexableDocument(SearchSource.POST, post.id(), post.teamId(), "POST", title, post.text(),
				post.firstComment() == null ? "" : post.firstComment(), post.status().name(), false,
				post.publishedAt() != null ? post.publishedAt() : post.publishAt());
	}

}

package no.samtale.publishing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostDraft;
import no.samtale.publishing.Posts;
import no.samtale.publishing.Theme;
import no.samtale.publishing.Themes;
import no.samtale.publishing.internal.PostViews.PostView;

/**
 * Ideas for posts kept on a theme of the wheel, and an idea turned into a draft post in the theme's period (its next
 * start, 09:00 Norwegian time, unless a time is given).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class IdeasController {

	record ThemeIdeaView(long id, long themeId, String text, long authorId, @Nullable Long postId) {
	}

	record IdeaRequest(@Nullable String text) {
	}

	record DraftRequest(@Nullable Long accountId, @Nullable Instant publishAt) {
	}

	private final JdbcClient jdbc;

	private final Themes themes;

	private final Posts posts;

	private final PostViews views;

	IdeasController(JdbcClient jdbc, Themes themes, Posts posts, PostViews views) {
		this.jdbc = jdbc;
		this.themes = themes;
		this.posts = posts;
		this.views = views;
	}

	@GetMapping("/api/v1/publishing/themes/{id}/ideas")
	List<ThemeIdeaView> ideas(@PathVariable long id, CurrentUser user) {
		themes.get(id, user);
		return jdbc.sql("select * from publishing_idea where theme_id = :theme order by id")
			.param("theme", id)
			.query(IdeasController::row)
			.list();
	}

	@PostMapping("/api/v1/publishing/themes/{id}/ideas")
	@ResponseStatus(HttpStatus.CREATED)
	ThemeIdeaView add(@PathVariable long id, @RequestBody IdeaRequest request, CurrentUser user) {
		themes.get(id, user);
		if (request.text() == null || request.text().isBlank()) {
			throw new InvalidInputException("text", "Must not be empty");
		}
		if (request.text().length() > 2000) {
			throw new InvalidInputException("text", "At most 2000 characters");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into publishing_idea (theme_id, text, author_id, created_at) values (:theme, :text, :author, :now)
				""")
			.param("theme", id)
			.param("text", request.text().strip())
			.param("author", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return idea(key.getKey().longValue());
	}

	/** The idea becomes a draft post on one of the team's accounts, in the theme's period. */
	@PostMapping("/api/v1/publishing/ideas/{id}/draft")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	PostView draft(@PathVariable long id, @RequestBody DraftRequest request, CurrentUser user) {
		ThemeIdeaView idea = idea(id);
		Theme theme = themes.get(idea.themeId(), user);
		if (idea.postId() != null) {
			throw new RuleViolationException("post-state", "id", "The idea is a post already");
		}
		Instant at = request.publishAt() != null ? request.publishAt() : nextStart(theme);
		Post post = posts.create(new PostDraft(request.accountId(), idea.text(), at, theme.id(), null, null, null), user);
		jdbc.sql("update publishing_idea set post_id = :post where id = :id").param("post", post.id()).param("id", id).update();
		return views.of(post, user);
	}

	/** The theme's next start after today at 09:00 Norwegian time (this year's, or next year's when it has begun). */
	private static Instant nextStart(Theme theme) {
		LocalDate today = LocalDate.now(Calendar.OSLO);
		LocalDate start = theme.period().startsIn(theme.year() != null ? theme.year() : today.getYear());
		if (!start.isAfter(today)) {
			start = theme.year() != null ? today.plusDays(1) : theme.period().startsIn(today.getYear() + 1);
		}
		return start.atTime(LocalTime.of(9, 0)).atZone(Calendar.OSLO).toInstant();
	}

	private ThemeIdeaView idea(long id) {
		return jdbc.sql("select * from publishing_idea where id = :id")
			.param("id", id)
			.query(IdeasController::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Idea", id));
	}

	private static ThemeIdeaView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ThemeIdeaView(rs.getLong("id"), rs.getLong("theme_id"), rs.getString("text"), rs.getLong("author_id"),
				rs.getObject("post_id", Long.class));
	}

}

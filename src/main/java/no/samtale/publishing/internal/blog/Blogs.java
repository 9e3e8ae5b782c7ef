package no.samtale.publishing.internal.blog;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;
import no.samtale.publishing.Themes;
import no.samtale.teams.Teams;

/** A team's blogs: made by an admin or an editor of the team, each with its own public address. */
@Service
class Blogs {

	private final BlogStore store;

	private final Teams teams;

	private final Themes themes;

	private final Accounts accounts;

	Blogs(BlogStore store, Teams teams, Themes themes, Accounts accounts) {
		this.store = store;
		this.teams = teams;
		this.themes = themes;
		this.accounts = accounts;
	}

	List<Blog> of(CurrentUser user) {
		return store.blogsOf(themes.teamsOf(user));
	}

	/** {@code accountId}, when given, is the team's channel account on the BLOG connector where comments arrive. */
	@Transactional
	Blog create(Long teamId, String slug, String title, String description, Long accountId, CurrentUser user) {
		if (teamId == null || teams.find(teamId).isEmpty()) {
			throw new InvalidInputException("teamId", "No team has this id");
		}
		if (!user.hasRole(Role.ADMIN) && !(user.hasRole(Role.EDITOR) && teams.isMember(teamId, user.id()))) {
			throw new ForbiddenException("An admin or an editor of the team makes its blog");
		}
		if (slug == null || !Slugs.valid(slug) || slug.length() > 80) {
			throw new InvalidInputException("slug", "Lower-case letters a-z, digits and single hyphens, at most 80");
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new InvalidInputException("title", "Must not be empty; at most 200 characters");
		}
		if (description == null || description.length() > 1000) {
			throw new InvalidInputException("description", "Must be given; at most 1000 characters");
		}
		if (store.blogBySlug(slug).isPresent()) {
			throw new RuleViolationException("blog-slug-taken", "slug", "Another blog has this address");
		}
		if (accountId != null) {
			Account account = accounts.find(accountId)
				.orElseThrow(() -> new InvalidInputException("accountId", "No such account"));
			if (account.connector() != ConnectorKind.BLOG || account.teamId() != teamId) {
				throw new InvalidInputException("accountId", "Must be the team's account on the blog connector");
			}
			if (store.blogOfAccount(accountId).isPresent()) {
				throw new InvalidInputException("accountId", "Another blog takes this account's comments");
			}
		}
		long id = store.insertBlog(teamId, accountId, slug, title.strip(), description.strip(), Instant.now());
		return store.blog(id).orElseThrow();
	}

}

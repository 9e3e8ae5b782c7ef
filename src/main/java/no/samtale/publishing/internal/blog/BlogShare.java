package no.samtale.publishing.internal.blog;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.Accounts;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostDraft;
import no.samtale.publishing.Posts;
import no.samtale.publishing.internal.PlatformRules;

/**
 * Shares a published blog post on social accounts in one step: a draft post per account with the title, the
 * summary (shortened to what the platform takes) and the article's link, each then written on and sent to a
 * partner as any post. All drafts are made or none.
 */
@Service
class BlogShare {

	private final BlogStore store;

	private final Posts posts;

	private final Accounts accounts;

	private final BlogLinks links;

	BlogShare(BlogStore store, Posts posts, Accounts accounts, BlogLinks links) {
		this.store = store;
		this.posts = posts;
		this.accounts = accounts;
		this.links = links;
	}

	@Transactional
	List<Post> share(BlogPost post, List<Long> accountIds, Instant publishAt, CurrentUser user) {
		if (!post.publicAt(Instant.now())) {
			throw new RuleViolationException("blog-post-state", "status",
					"Only a post readers can see is shared; this one is " + post.status());
		}
		if (accountIds == null || accountIds.isEmpty()) {
			throw new InvalidInputException("accountIds", "Choose at least one account");
		}
		if (accountIds.size() > 20 || accountIds.stream().distinct().count() != accountIds.size()) {
			throw new InvalidInputException("accountIds", "At most 20 accounts, each once");
		}
		Blog blog = store.blog(post.blogId()).orElseThrow();
		String link = links.absolute(BlogLinks.postPath(blog, post));
		Instant at = publishAt != null ? publishAt : Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.HOURS);
		return accountIds.stream().map(accountId -> {
			int max = accounts.find(accountId)
				.map(account -> PlatformRules.of(account.platform()).maxLength())
				.orElse(PlatformRules.STORED_MAX);
			String text = fitted(post.title() + "\n\n" + post.summary(), max - link.length() - 2);
			return posts.create(new PostDraft(accountId, text, at, null, null, link, null), user);
		}).toList();
	}

	/** The text, shortened at a word with an ellipsis when the platform takes less. */
	static String fitted(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		String cut = text.substring(0, Math.max(0, max - 1));
		int space = cut.lastIndexOf(' ');
		return (space > max / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
	}

}

package no.samtale.publishing.internal.blog;

import java.time.Instant;

/** What an editor or expert writes; {@code slug} may be empty (made from the title), {@code publishAt} too (now). */
record BlogPostDraft(String title, String slug, String summary, String body, String expertName, String expertTitle,
		Instant publishAt) {
}

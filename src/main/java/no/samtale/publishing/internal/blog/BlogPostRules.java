package no.samtale.publishing.internal.blog;

import java.time.Instant;

import org.springframework.stereotype.Component;

import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RefusedContentException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * What a blog post must hold before it is stored. The whole post (title, summary, body) goes to the partner as one
 * approval text, which holds at most 8,000 characters, so the body holds at most {@link #MAX_BODY}. Raw HTML in the
 * body is not refused: the public page shows it as text (see {@link BlogMarkdown}).
 */
@Component
class BlogPostRules {

	static final int MAX_TITLE = 200;

	static final int MAX_SUMMARY = 600;

	static final int MAX_BODY = 7000;

	private final BlogStore store;

	private final PersonalDataPolicy privacy;

	BlogPostRules(BlogStore store, PersonalDataPolicy privacy) {
		this.store = store;
		this.privacy = privacy;
	}

	/** Checks the draft for the blog and answers the slug it will have (made from the title when none is given). */
	String checked(Blog blog, BlogPostDraft draft, long postId, Instant now) {
		required("title", draft.title(), MAX_TITLE);
		required("summary", draft.summary(), MAX_SUMMARY);
		required("body", draft.body(), MAX_BODY);
		required("expertName", draft.expertName(), 200);
		if (draft.expertTitle() != null && draft.expertTitle().length() > 200) {
			throw new InvalidInputException("expertTitle", "At most 200 characters");
		}
		if (draft.publishAt() != null && draft.publishAt().isBefore(now.minusSeconds(60))) {
			throw new InvalidInputException("publishAt", "Must not be in the past; leave it out to publish on approval");
		}
		for (String field : new String[] { "title", "summary", "body" }) {
			String text = switch (field) {
				case "title" -> draft.title();
				case "summary" -> draft.summary();
				default -> draft.body();
			};
			if (privacy.holdsIdentityNumber(text)) {
				throw new RefusedContentException("personal-data", field,
						"The text holds an identity number; everyone can read the blog. Remove it.");
			}
		}
		String slug = draft.slug() == null || draft.slug().isBlank() ? Slugs.of(draft.title()) : draft.slug().strip();
		if (!Slugs.valid(slug)) {
			throw new InvalidInputException("slug",
					"Lower-case letters a-z, digits and single hyphens, at most 120 characters");
		}
		if (store.slugTaken(blog.id(), slug, postId)) {
			throw new RuleViolationException("blog-slug-taken", "slug", "Another post of this blog has this address");
		}
		return slug;
	}

	private static void required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "Must not be empty");
		}
		if (value.length() > max) {
			throw new InvalidInputException(field, "At most " + max + " characters; this has " + value.length());
		}
	}

}

package no.samtale.publishing.internal.blog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.InboundMessage;
import no.samtale.channels.Intake;
import no.samtale.channels.Visibility;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * A reader's comment from the form under an article: checked, stored under the article and handed to the channels'
 * {@link Intake} as a public comment of the blog's account, in one transaction, before the reader is told it
 * arrived. The inbox threads it as any comment. The external id is made from the form's token and the text, so the
 * same form sent twice (a double click, a reload) is one comment.
 */
@Service
class BlogComments {

	static final int MAX_BODY = 2000;

	static final int MAX_NAME = 100;

	/** Why a comment was not taken; the page words it. */
	enum Refusal {
		EXPIRED_FORM, EMPTY, TOO_LONG, NAME_TOO_LONG, IDENTITY_NUMBER, CLOSED
	}

	record Outcome(Optional<Refusal> refusal, String field) {

		static Outcome taken() {
			return new Outcome(Optional.empty(), null);
		}

		static Outcome refused(Refusal refusal, String field) {
			return new Outcome(Optional.of(refusal), field);
		}

	}

	private final BlogCommentStore comments;

	private final CommentFormTokens tokens;

	private final PersonalDataPolicy privacy;

	private final Intake intake;

	BlogComments(BlogCommentStore comments, CommentFormTokens tokens, PersonalDataPolicy privacy, Intake intake) {
		this.comments = comments;
		this.tokens = tokens;
		this.privacy = privacy;
		this.intake = intake;
	}

	@Transactional
	Outcome receive(Blog blog, BlogPost post, String token, String name, String body, Instant now) {
		if (blog.accountId() == null || !post.publicAt(now)) {
			return Outcome.refused(Refusal.CLOSED, "kommentar");
		}
		if (!tokens.valid(token, post.id(), now)) {
			return Outcome.refused(Refusal.EXPIRED_FORM, "kommentar");
		}
		String text = plain(body);
		String author = plain(name).isEmpty() ? null : plain(name);
		if (text.isEmpty()) {
			return Outcome.refused(Refusal.EMPTY, "kommentar");
		}
		if (text.length() > MAX_BODY) {
			return Outcome.refused(Refusal.TOO_LONG, "kommentar");
		}
		if (author != null && author.length() > MAX_NAME) {
			return Outcome.refused(Refusal.NAME_TOO_LONG, "navn");
		}
		// The comment is shown with its answer to everyone: an identity number is refused before anything is stored.
		if (privacy.holdsIdentityNumber(text)) {
			return Outcome.refused(Refusal.IDENTITY_NUMBER, "kommentar");
		}
		if (privacy.holdsIdentityNumber(author)) {
			return Outcome.refused(Refusal.IDENTITY_NUMBER, "navn");
		}
		String externalId = "blog-comment-" + digest(token + "\n" + author + "\n" + text);
		if (comments.insert(post.id(), externalId, author, text, now)) {
			Intake.Receipt receipt = intake.receive(blog.accountId(), new InboundMessage(externalId, Visibility.PUBLIC,
					externalId, "blog-reader-" + externalId, author, text, "blog-post-" + post.id(), post.title(),
					now));
			comments.inbound(externalId, receipt.id());
		}
		return Outcome.taken();
	}

	/**
	 * The text without control characters (but line breaks and tabs) and without lone surrogates: a form cannot be
	 * refused as the JSON API refuses them, since browsers send what is pasted, and PostgreSQL cannot store a NUL.
	 */
	static String plain(String value) {
		return value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
	}

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\p{Cs}]");

	private static String digest(String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

}

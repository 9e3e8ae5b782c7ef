package no.samtale.channels.internal.x;

import java.util.Optional;

/**
 * X's rules for what Samtale sends, checked before an advisor's reply goes to approval, so nobody approves what
 * X would refuse. Since February 2026 X lets an app reply in public only to a post that mentioned or quoted the
 * account; anyone else is answered by direct message. A post has at most {@value #MAX_LENGTH} characters.
 */
final class XReplyRule {

	static final int MAX_LENGTH = 280;

	/** What Samtale knows of the citizen's post. */
	record Post(boolean mentionsAccount, boolean quotesAccount) {
	}

	private XReplyRule() {
	}

	/** Why a public reply to this post is refused, or empty when X allows it. */
	static Optional<String> aPublicReplyNeedsTheCitizenToHaveMentionedOrQuotedTheAccount(Optional<Post> post) {
		if (post.isEmpty()) {
			return Optional.of("X allows a public reply only to a post that mentioned or quoted the account, and this "
					+ "post is not known to have done so; answer by direct message");
		}
		if (!post.get().mentionsAccount() && !post.get().quotesAccount()) {
			return Optional.of("The citizen neither mentioned nor quoted the account; X allows only a direct message");
		}
		return Optional.empty();
	}

	/** Why the text is too long for X, or empty. X counts characters (code points), not UTF-16 units. */
	static Optional<String> aPostHasAtMost280Characters(String text) {
		int length = text == null ? 0 : text.codePointCount(0, text.length());
		return length > MAX_LENGTH ? Optional.of("X takes at most " + MAX_LENGTH + " characters; this is " + length)
				: Optional.empty();
	}

}

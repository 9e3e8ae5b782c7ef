package no.samtale.inbox.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import no.samtale.channels.Visibility;
import no.samtale.platform.RefusedContentException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * What advisors write to citizens is checked for identity numbers before anyone approves it: drafts, rewordings and
 * approvers' edits. A public reply is read by everyone, so one holding an identity number is refused, naming the
 * field; a private one goes only to the citizen, who may need their own number, so it passes with a warning.
 */
@Component
class OutgoingText {

	private final PersonalDataPolicy privacy;

	OutgoingText(PersonalDataPolicy privacy) {
		this.privacy = privacy;
	}

	/** Refuses a public reply with an identity number (422 personal-data, field {@code body}). */
	void check(Visibility visibility, String body) {
		List<String> found = identityNumbers(body);
		if (visibility == Visibility.PUBLIC && !found.isEmpty()) {
			throw new RefusedContentException("personal-data", "body", "A public reply holds an identity number ("
					+ found.get(0) + "); everyone can read it. Remove it, or answer privately.");
		}
	}

	/** The kinds of identity number in the text ({@code national-id}, …), for the page to warn about. */
	List<String> identityNumbers(String body) {
		return privacy.findings(body)
			.stream()
			.filter(finding -> finding.type().identityNumber())
			.map(finding -> finding.type().code())
			.distinct()
			.toList();
	}

}

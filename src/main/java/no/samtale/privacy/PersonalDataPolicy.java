package no.samtale.privacy;

import java.util.List;

import org.springframework.stereotype.Service;

import no.samtale.platform.RefusedContentException;

/** The rules about personal data in what employees write, shared by every module that takes text. */
@Service
public class PersonalDataPolicy {

	private final PersonalDataDetector detector;

	PersonalDataPolicy(PersonalDataDetector detector) {
		this.detector = detector;
	}

	/**
	 * The internal forum is read by thousands of employees and kept for years: an identity number has no place in it.
	 * Refuses the text with 422 {@code urn:samtale:problem:personal-data} naming the field.
	 */
	public void refuseIdentityNumbers(String field, String text) {
		if (text == null) {
			return;
		}
		List<Finding> found = detector.scan(text).stream().filter(finding -> finding.type().identityNumber()).toList();
		if (!found.isEmpty()) {
			throw new RefusedContentException("personal-data", field,
					"The text holds an identity number (" + found.get(0).type().code()
							+ "). Remove it: the forum is read by many and kept for years; ask for it in a private channel.");
		}
	}

	/** Whether the text holds a fødselsnummer, D-, H- or synthetic number. */
	public boolean holdsIdentityNumber(String text) {
		return text != null && detector.scan(text).stream().anyMatch(finding -> finding.type().identityNumber());
	}

	/** The text with every finding masked, offsets kept. */
	public String masked(String text) {
		return text == null ? null : detector.mask(text);
	}

	public List<Finding> findings(String text) {
		return text == null ? List.of() : detector.scan(text);
	}

}

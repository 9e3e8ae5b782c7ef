package no.samtale.privacy;

import java.util.Objects;

/** Personal data of one {@link FindingType} found at the chars {@code [start, end)} of the scanned text. */
public record Finding(FindingType type, int start, int end) {

	public Finding {
		Objects.requireNonNull(type, "type");
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("A finding spans at least one char: [" + start + ", " + end + ")");
		}
	}

}

package no.samtale.channels.internal.meta;

import java.time.Instant;
import java.util.Optional;

/**
 * The order of changes to one Meta comment, as rules. Meta's webhooks arrive in any order and some twice; each
 * comment keeps its latest applied change ({@link Known}), and a change applies only when it is newer: by Meta's
 * time, and in the same second by kind (a removal outranks a hide, which outranks an edit, which outranks the
 * comment itself). A removal is final.
 */
final class CommentChanges {

	private CommentChanges() {
	}

	/** What Meta says happened to a comment, ranked for changes that share a second. */
	enum Change {

		ADD(0), EDIT(1), HIDE(2), UNHIDE(2), REMOVE(3);

		private final int rank;

		Change(int rank) {
			this.rank = rank;
		}

		int rank() {
			return rank;
		}

		/** The change a webhook's {@code verb} names; empty for verbs that change nothing Samtale keeps. */
		static Optional<Change> ofVerb(String verb) {
			return switch (verb) {
				case "add" -> Optional.of(ADD);
				case "edited" -> Optional.of(EDIT);
				case "hide" -> Optional.of(HIDE);
				case "unhide" -> Optional.of(UNHIDE);
				case "remove" -> Optional.of(REMOVE);
				default -> Optional.empty();
			};
		}

	}

	enum Status {
		VISIBLE, HIDDEN, REMOVED
	}

	/** The latest applied change of a comment: its status, its latest text (null when none is known), when, which. */
	record Known(Status status, String body, Instant changedAt, int rank) {
	}

	/** What the intake must hear after a change was recorded. */
	enum Effect {
		/** The comment arrives (with its latest known text). */
		RECEIVE,
		/** The stored message takes its new text. */
		EDITED,
		/** The stored message loses its text: removed on the platform. */
		REMOVED,
		/** The stored message is hidden on the platform, or shown again. */
		HIDDEN_CHANGED,
		NOTHING
	}

	/** A comment's first recorded change: a removal or hide seen first keeps no text, and a removal is a tombstone. */
	static Known first(Change change, Instant at, String body) {
		return new Known(statusAfter(change), change == Change.ADD || change == Change.EDIT ? body : null, at,
				change.rank());
	}

	/** A change applies only when newer than the known one: later, or in the same second of at least its rank. */
	static boolean aChangeAppliesOnlyWhenNewer(Known known, Change change, Instant at) {
		return at.isAfter(known.changedAt()) || (at.equals(known.changedAt()) && change.rank() >= known.rank());
	}

	/**
	 * The comment after a newer change. A removal is final: a later hide or edit does not bring the text back. A hide
	 * or unhide keeps the text.
	 */
	static Known afterTheChange(Known known, Change change, Instant at, String body) {
		Status status = aRemovalIsFinal(known) ? Status.REMOVED : statusAfter(change);
		String text = status == Status.REMOVED ? null
				: change == Change.HIDE || change == Change.UNHIDE ? known.body() : body;
		return new Known(status, text, at, change.rank());
	}

	static boolean aRemovalIsFinal(Known known) {
		return known.status() == Status.REMOVED;
	}

	/**
	 * The comment itself arrives unless it was removed before it came (a tombstone); it arrives with the latest text
	 * known, which an edit that overtook it may have set.
	 */
	static Optional<String> textOnArrival(Known known, String body) {
		if (known != null && aRemovalIsFinal(known)) {
			return Optional.empty();
		}
		return Optional.of(known != null && known.body() != null ? known.body() : body);
	}

	/** What the intake hears after a change other than the comment itself, given the comment as it now stands. */
	static Effect effectOf(Change change, Known now) {
		if (now.status() == Status.REMOVED) {
			return Effect.REMOVED;
		}
		return switch (change) {
			case ADD -> Effect.RECEIVE;
			case EDIT -> now.body() != null ? Effect.EDITED : Effect.NOTHING;
			case HIDE, UNHIDE -> Effect.HIDDEN_CHANGED;
			case REMOVE -> Effect.REMOVED;
		};
	}

	private static Status statusAfter(Change change) {
		return switch (change) {
			case HIDE -> Status.HIDDEN;
			case REMOVE -> Status.REMOVED;
			case ADD, EDIT, UNHIDE -> Status.VISIBLE;
		};
	}

}

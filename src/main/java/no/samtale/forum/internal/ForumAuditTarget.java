package no.samtale.forum.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * What an audit entry is about, as stored in {@code forum_audit.target}: the kind in lower case, a space, the id
 * ("user 5", "message 12", "discussion 7", "space 3") — the format rows have always had.
 */
record ForumAuditTarget(TargetKind kind, long id) {

	enum TargetKind {
		SPACE, USER, MESSAGE, DISCUSSION
	}

	static ForumAuditTarget space(long id) {
		return new ForumAuditTarget(TargetKind.SPACE, id);
	}

	static ForumAuditTarget user(long id) {
		return new ForumAuditTarget(TargetKind.USER, id);
	}

	static ForumAuditTarget message(long id) {
		return new ForumAuditTarget(TargetKind.MESSAGE, id);
	}

	static ForumAuditTarget discussion(long id) {
		return new ForumAuditTarget(TargetKind.DISCUSSION, id);
	}

	String stored() {
		return kind.name().toLowerCase(Locale.ROOT) + " " + id;
	}

	/** Empty for a string in no known shape, so one odd row never breaks the page. */
	static Optional<ForumAuditTarget> parse(String stored) {
		if (stored == null) {
			return Optional.empty();
		}
		String[] parts = stored.strip().split("\\s+");
		if (parts.length != 2) {
			return Optional.empty();
		}
		try {
			TargetKind kind = TargetKind.valueOf(parts[0].toUpperCase(Locale.ROOT));
			return Optional.of(new ForumAuditTarget(kind, Long.parseLong(parts[1])));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

}

package no.samtale.forum.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * What an audit entry is about, as stored in {@code forum_audit.target}: the kind in lower case, a space, the id
 * ("user 5", "message 12", "discussion 7", "space 3") — the format rows have always had.
 */
record ForumAuditTarget(AuditTargetKind kind, long id) {

	enum AuditTargetKind {
		SPACE, USER, MESSAGE, DISCUSSION
	}

	static ForumAuditTarget space(long id) {
		return new ForumAuditTarget(AuditTargetKind.SPACE, id);
	}

	static ForumAuditTarget user(long id) {
		return new ForumAuditTarget(AuditTargetKind.USER, id);
	}

	static ForumAuditTarget message(long id) {
		return new ForumAuditTarget(AuditTargetKind.MESSAGE, id);
	}

	static ForumAuditTarget discussion(long id) {
		return new ForumAuditTarget(AuditTargetKind.DISCUSSION, id);
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
			AuditTargetKind kind = AuditTargetKind.valueOf(parts[0].toUpperCase(Locale.ROOT));
			return Optional.of(new ForumAuditTarget(kind, Long.parseLong(parts[1])));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

}

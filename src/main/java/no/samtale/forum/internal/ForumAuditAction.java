package no.samtale.forum.internal;

/**
 * What a moderator or administrator did in a space, as a stable code the client words in the reader's language.
 * The names are what {@code forum_audit.action} has always held, so old rows read without a migration.
 */
enum ForumAuditAction {

	CREATE_SPACE, CHANGE_SPACE, CHANGE_STAFF, OPEN_TOPIC, ADD_MEMBER, REMOVE_MEMBER, REMOVE_MESSAGE, DISMISS_REPORT,
	ESCALATE, VERIFY_ANSWER, UNVERIFY_ANSWER,

	/** A row whose action this version does not know, so the page still says that something happened. */
	OTHER;

	static ForumAuditAction of(String stored) {
		for (ForumAuditAction action : values()) {
			if (action.name().equals(stored)) {
				return action;
			}
		}
		return OTHER;
	}

}

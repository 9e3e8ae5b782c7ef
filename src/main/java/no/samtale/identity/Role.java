package no.samtale.identity;

/** What a person may do. Everyone is an EMPLOYEE; the others are granted on top. */
public enum Role {

	/** Reads and writes in the internal forum. */
	EMPLOYEE,
	/** Answers citizens in the inbox (veileder). */
	ADVISOR,
	/** Plans and publishes posts (redaktør). */
	EDITOR,
	/** Runs forum topics and lifts questions of principle. */
	MODERATOR,
	/** Answers in a topic's back office (fagperson). */
	EXPERT,
	/** Holds live chats and hearings. */
	LEADER,
	/** Reads figures and reports. */
	ANALYST,
	/** Answers data-subject requests, keeps the access log and the retention rules (personvernrådgiver). */
	PRIVACY_OFFICER,
	/** Keeps the archive: journaling rules, deliveries to the archive system and Noark 5 extracts (arkivar). */
	ARCHIVIST,
	/** Manages users, units, channels and settings. */
	ADMIN;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}

package no.samtale.contacts.internal;

/** What a service complaint is about, as NAV's analyses of service complaints group them. */
enum ComplaintClassification {
	/** Long phone queues, slow answers, waiting at the office. */
	WAIT_TIME,
	/** Could not reach anyone: the office sent them away, opening hours, no way to book. */
	ACCESSIBILITY,
	/** Wrong, unclear or contradictory information. */
	INFORMATION,
	/** How they were met: rudeness, not being listened to. */
	TREATMENT,
	/** The self-service or digital solution did not work for them. */
	DIGITAL_SERVICES,
	/** Slow or wrong case handling (not an appeal, which has its own route). */
	CASE_HANDLING,
	OTHER
}

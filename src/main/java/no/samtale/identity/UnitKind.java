package no.samtale.identity;

/** The kinds of organisational unit in a welfare agency. */
public enum UnitKind {

	/** A local office (NAV-kontor). */
	NAV_OFFICE,
	/** A contact centre answering phone, chat and social media. */
	CONTACT_CENTRE,
	/** A county (fylke) unit. */
	COUNTY,
	/** A directorate department, which receives escalated questions of principle. */
	DEPARTMENT

}

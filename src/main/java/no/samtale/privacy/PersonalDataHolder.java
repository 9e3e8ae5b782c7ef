package no.samtale.privacy;

import java.util.List;

/**
 * Implemented by each module that stores what external people wrote or who they are, so a data-subject request can
 * find, export and erase everything about one person without the privacy module knowing every table.
 */
public interface PersonalDataHolder {

	/** Shown in exports, e.g. "inbox". */
	String name();

	List<SubjectRecord> find(DataSubject subject);

	/** Erases (or anonymises past recognition) everything about the person; answers how many records changed. */
	int erase(DataSubject subject);

}

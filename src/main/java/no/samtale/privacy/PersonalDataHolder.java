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

	/**
	 * Erases (or anonymises past recognition) everything about the person, and cancels what was waiting to go to
	 * them; answers what it did per kind (kinds with nothing done may be left out).
	 */
	List<ErasedKind> erase(DataSubject subject);

}

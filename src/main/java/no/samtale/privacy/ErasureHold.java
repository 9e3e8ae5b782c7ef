package no.samtale.privacy;

import java.util.List;

/**
 * Implemented by a module that must keep what it holds about a person in spite of an erasure request (the archive,
 * whose journaled records fall under the duty to archive). An erasure that meets a hold is stopped with the holds'
 * reasons for the privacy officer to see: never carried out past it silently, never refused without a reason.
 */
public interface ErasureHold {

	/** What keeps this person's data from being erased; empty when nothing does. */
	List<HeldRecord> holds(DataSubject subject);

}

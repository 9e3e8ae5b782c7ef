package no.samtale.privacy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Implemented by each module that keeps personal data of a {@link RetentionCategory}: the daily retention run asks
 * every target to count (dry run) or remove what had its last activity before the cutoff. A target works in its own
 * transaction, so one failing module does not keep another's data past its time.
 */
public interface RetentionTarget {

	/** Shown in the report, e.g. "inbox conversations". */
	String name();

	RetentionCategory category();

	/** How many records would go. */
	int countExpired(Instant cutoff);

	/** What this target can do with expired records; a rule asking for anything else is refused. */
	default Set<RetentionAction> actions() {
		return EnumSet.allOf(RetentionAction.class);
	}

	/** Deletes or anonymises them; answers how many went. */
	int expire(Instant cutoff, RetentionAction action);

}

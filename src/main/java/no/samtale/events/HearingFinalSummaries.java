package no.samtale.events;

import java.util.Optional;

/** Reads hearings' published final summaries, for modules that keep them (the archive). */
public interface HearingFinalSummaries {

	/** Empty while the summary is not published (or was published before the text was kept with the hearing). */
	Optional<HearingFinalSummary> finalSummary(long hearingId);

}

package no.samtale.contacts;

import java.time.LocalDate;
import java.util.Map;

/**
 * The telephony system's latest imported figures per phone line (a line is a topic key such as
 * {@code foreldrepenger}), for modules that tell citizens what to expect on the phone (the channel guide). The
 * figures are a day's totals as imported, not a live queue.
 */
public interface PhoneQueues {

	/**
	 * One line's latest imported day.
	 *
	 * @param averageWaitSeconds the average wait of the calls answered that day
	 */
	record LineWait(String line, LocalDate day, int calls, int answered, int averageWaitSeconds) {
	}

	/** Each line's latest day on or after {@code since}, by line; a line without such a day is absent. */
	Map<String, LineWait> latestSince(LocalDate since);

}

package no.samtale.channels;

import java.util.Optional;

/**
 * What a citizen who opens a web chat now may expect to wait before an advisor answers: the median wait of the chats
 * just answered. Empty when too few chats were answered lately to say, rather than a made-up figure.
 */
public interface ChatWaits {

	Optional<Integer> expectedWaitMinutes(long accountId);

}

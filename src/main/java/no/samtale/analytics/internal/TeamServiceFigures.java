package no.samtale.analytics.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import no.samtale.platform.ExpiringCache;

/**
 * A team's service figures over a range, as the dashboard shows them: three aggregates with exact percentiles over
 * every reply and closing in the range (at national scale some 40,000 rows a month for a busy team, tens of
 * milliseconds), kept per node for {@link #KEPT_FOR} or until this node writes facts ({@link FactsVersion}). Many
 * people open the same dashboard (the weekly meeting); a figure on it may be up to half a minute behind another
 * node's replies.
 */
@Component
class TeamServiceFigures {

	static final Duration KEPT_FOR = Duration.ofSeconds(30);

	record Figures(ReplyFacts.Service service, ConversationFacts.Closing closing,
			List<ReplyFacts.ChannelWait> channels) {
	}

	private final ReplyFacts replies;

	private final ConversationFacts conversations;

	private final FactsVersion version;

	private final ExpiringCache<String, Figures> kept = new ExpiringCache<>(KEPT_FOR, 1_000);

	TeamServiceFigures(ReplyFacts replies, ConversationFacts conversations, FactsVersion version) {
		this.replies = replies;
		this.conversations = conversations;
		this.version = version;
	}

	Figures of(long teamId, LocalDate from, LocalDate to) {
		String key = teamId + " " + from + " " + to + " " + version.current();
		return kept.get(key, any -> new Figures(replies.of(teamId, from, to), conversations.of(teamId, from, to),
				List.copyOf(replies.byAccount(teamId, from, to))));
	}

}

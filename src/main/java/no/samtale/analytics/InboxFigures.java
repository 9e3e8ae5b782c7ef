package no.samtale.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The inbox's figures from the metrics store, for modules that show them beside their own: a team's week for the
 * editorial meeting (publishing) and conversations per channel and month for the channel mix (contacts). Days are
 * Norwegian days. Counts only, never text.
 */
public interface InboxFigures {

	/**
	 * A team's inbox over a range of days: conversations analytics first saw in it, comments and private messages
	 * received on the team's accounts, replies delivered, and the time to first response (seconds, null when no reply
	 * was measured).
	 */
	record TeamInbox(long teamId, LocalDate from, LocalDate to, long conversations, long comments,
			long privateMessages, long replies, @Nullable Long firstResponseP50, @Nullable Long firstResponseP90,
			@Nullable Integer withinTargetPercent) {
	}

	/**
	 * A word used in the subject of at least five of the team's new conversations in a week, with its count in the
	 * week before.
	 */
	record RisingTopic(String word, int conversations, int weekBefore) {
	}

	/** New inbox conversations in a month on accounts of one platform ({@code channel} as channels names it). */
	record ChannelConversations(YearMonth month, String channel, long conversations) {
	}

	TeamInbox team(long teamId, LocalDate from, LocalDate to);

	/** The words most risen in the ISO week that starts on {@code monday}, at most {@code limit}. */
	List<RisingTopic> risingTopics(long teamId, LocalDate monday, int limit);

	/** Per month and platform, months without conversations left out. */
	List<ChannelConversations> conversationsPerChannel(YearMonth first, YearMonth last);

}

package no.samtale.analytics.internal;

import java.sql.Date;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.inbox.ConversationTranscript;
import no.samtale.inbox.ConversationTranscripts;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.privacy.PersonalDataDetector;

/**
 * What analytics learns of a conversation the first time it sees it in the inbox's feed: the words of its subject
 * (from the inbox's transcript, read once), counted per team and ISO week for the editorial meeting's rising topics.
 * Personal data is masked before the words are taken, only words of four letters or more that are not common
 * Norwegian function words are counted, and only the count is kept.
 */
@Component
class InboxWords {

	/** A word must be in this many of a week's conversations to be shown: fewer could point to a person. */
	static final int SHOWN_FROM = Suppression.THRESHOLD;

	private static final PersonalDataDetector DETECTOR = new PersonalDataDetector();

	private static final Set<String> COMMON = Set.of("hvordan", "hvorfor", "hvilke", "hvilken", "hvilket", "eller",
			"ikke", "dette", "denne", "disse", "noen", "noe", "skal", "være", "vært", "hilsen", "takk", "hvis", "etter",
			"også", "bare", "ville", "blir", "bli", "fordi", "mange", "kunne", "skulle", "hadde", "have", "dere", "deres",
			"mine", "mitt", "min", "våre", "vårt", "hva", "hvor", "hvem", "når", "eventuelt", "enda", "ennå", "allerede",
			"over", "under", "mellom", "uten", "hele", "selv", "sånn", "slik", "veldig", "litt", "gjøre", "gjør", "fått",
			"får", "fikk", "sitt", "sine", "seg", "hans", "hennes", "dem", "meg", "deg", "oss", "hei", "hallo", "godt",
			"gang", "inne", "siden", "samme", "andre", "annen", "annet", "trenger", "lurer", "spørsmål", "about",
			"what", "with", "this", "that", "from", "your", "when", "will", "would", "there", "their");

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final ConversationTranscripts transcripts;

	InboxWords(JdbcClient jdbc, DuplicateSafeInsert inserts, ConversationTranscripts transcripts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.transcripts = transcripts;
	}

	/** A conversation's team and the Norwegian day of its first message, whose week its words count in. */
	record First(long teamId, LocalDate day) {
	}

	/**
	 * Counts the subjects' words of conversations seen for the first time (by id), in the transaction that recorded
	 * them as seen: their transcripts read together, and each word counted once per team and week with its sum, in
	 * the words' order (so concurrent counts never wait on each other in a circle).
	 */
	void firstSeenAll(Map<Long, First> conversations) {
		if (conversations.isEmpty()) {
			return;
		}
		record Week(long teamId, LocalDate monday) {
		}
		Map<Week, Map<String, Integer>> counts = new TreeMap<>(
				Comparator.<Week>comparingLong(Week::teamId).thenComparing(Week::monday));
		for (ConversationTranscript transcript : transcripts.transcripts(List.copyOf(conversations.keySet()))) {
			First first = conversations.get(transcript.id());
			Map<String, Integer> ofWeek = counts.computeIfAbsent(new Week(first.teamId(), monday(first.day())),
					week -> new TreeMap<>());
			words(subject(transcript)).forEach(word -> ofWeek.merge(word, 1, Integer::sum));
		}
		counts.forEach((week, words) -> words.forEach((word, n) -> count(week.teamId(), week.monday(), word, n)));
	}

	private void count(long teamId, LocalDate monday, String word, int conversations) {
		inserts.insert("""
				insert into analytics_inbox_word (team_id, week_monday, word, conversations)
				values (:team, :monday, :word, 0)
				""", "team_id, week_monday, word", sql -> jdbc.sql(sql)
			.param("team", teamId)
			.param("monday", Date.valueOf(monday))
			.param("word", word)
			.update());
		jdbc.sql("""
				update analytics_inbox_word set conversations = conversations + :n
				where team_id = :team and week_monday = :monday and word = :word
				""")
			.param("n", conversations)
			.param("team", teamId)
			.param("monday", Date.valueOf(monday))
			.param("word", word)
			.update();
	}

	/**
	 * The subject, or the citizen's first message when the inbox gave none. An erased message has no text (privacy
	 * erasure and retention set it to null): it has no words, and must not stop the count of everything after it.
	 */
	private static String subject(ConversationTranscript transcript) {
		if (transcript.subject() != null && !transcript.subject().isBlank()) {
			return transcript.subject();
		}
		return transcript.lines().stream().filter(line -> "IN".equals(line.kind())).map(ConversationTranscript.Line::body)
			.filter(Objects::nonNull).findFirst().orElse("");
	}

	static Set<String> words(String text) {
		String masked = DETECTOR.mask(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
		Set<String> words = new LinkedHashSet<>();
		for (String word : masked.split("[^\\p{L}]+")) {
			if (word.length() >= 4 && word.length() <= 60 && !COMMON.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** A word, its count in the week and in the week before. */
	record Rising(String word, int conversations, int weekBefore) {
	}

	/** The words most risen since the week before, shown only from {@link #SHOWN_FROM} conversations. */
	List<Rising> rising(long teamId, LocalDate monday, int limit) {
		return jdbc.sql("""
				select w.word, w.conversations, coalesce(b.conversations, 0) as week_before
				from analytics_inbox_word w
				left join analytics_inbox_word b on b.team_id = w.team_id and b.word = w.word
				    and b.week_monday = :before
				where w.team_id = :team and w.week_monday = :monday and w.conversations >= :shown
				order by w.conversations - coalesce(b.conversations, 0) desc, w.conversations desc, w.word
				limit :limit
				""")
			.param("team", teamId)
			.param("monday", Date.valueOf(monday))
			.param("before", Date.valueOf(monday.minusWeeks(1)))
			.param("shown", SHOWN_FROM)
			.param("limit", limit)
			.query((rs, n) -> new Rising(rs.getString("word"), rs.getInt("conversations"), rs.getInt("week_before")))
			.list();
	}

}

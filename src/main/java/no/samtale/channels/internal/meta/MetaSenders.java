package no.samtale.channels.internal.meta;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.DeliveryFailure;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * The profile names of people who write to a page privately: Messenger ({@code GET /{psid}?fields=name}) and
 * Instagram ({@code GET /{igsid}?fields=name,username}). Each sender is looked up once and the answer kept in
 * {@code channels_meta_sender}; a failed lookup is kept too and tried again after a day, so a sender Meta will
 * not name costs one call a day, not one a message. The call is short (3 s) and its failure only means the
 * message shows the sender's id. Names are personal data and never logged.
 */
@Component
class MetaSenders {

	static final Duration RETRY_FAILED_AFTER = Duration.ofDays(1);

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private static final Pattern SENDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

	private static final Logger log = LoggerFactory.getLogger(MetaSenders.class);

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final GraphApi graph;

	private final MetaPages pages;

	private final MetaSettings settings;

	MetaSenders(JdbcClient jdbc, DuplicateSafeInsert inserts, GraphApi graph, MetaPages pages, MetaSettings settings) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.graph = graph;
		this.pages = pages;
		this.settings = settings;
	}

	private record Known(String name, Instant lookedUpAt) {
	}

	/** The sender's name, from what is stored or from Meta; empty when Meta will not say. */
	Optional<String> name(long accountId, String senderId, boolean instagram) {
		if (!SENDER_ID.matcher(senderId).matches()) {
			return Optional.empty();
		}
		Optional<Known> known = known(accountId, senderId);
		if (known.isPresent()
				&& (known.get().name() != null || known.get().lookedUpAt().isAfter(Instant.now().minus(RETRY_FAILED_AFTER)))) {
			return Optional.ofNullable(known.get().name());
		}
		if (!settings.configured()) {
			return Optional.empty();
		}
		String name = lookUp(accountId, senderId, instagram);
		remember(accountId, senderId, name);
		return Optional.ofNullable(name);
	}

	private String lookUp(long accountId, String senderId, boolean instagram) {
		try {
			String token = pages.token(accountId).orElse(null);
			if (token == null) {
				return null;
			}
			JsonNode profile = graph.get(accountId, "/" + senderId,
					Map.of("fields", instagram ? "name,username" : "name,first_name,last_name"), token, TIMEOUT);
			return nameIn(profile);
		}
		catch (DeliveryFailure failure) {
			log.info("Meta did not name a sender of account {}: {}", accountId, failure.getMessage());
			return null;
		}
		catch (RuntimeException e) {
			log.info("A sender of account {} could not be looked up: {}", accountId, e.getClass().getSimpleName());
			return null;
		}
	}

	/** Meta's {@code name}, else first and last name, else the Instagram {@code @username}. */
	static String nameIn(JsonNode profile) {
		String name = profile.path("name").asString("").strip();
		if (name.isEmpty()) {
			name = (profile.path("first_name").asString("") + " " + profile.path("last_name").asString("")).strip();
		}
		if (name.isEmpty() && !profile.path("username").asString("").isBlank()) {
			name = "@" + profile.path("username").asString().strip();
		}
		if (name.isEmpty()) {
			return null;
		}
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	private Optional<Known> known(long accountId, String senderId) {
		return jdbc.sql("select name, looked_up_at from channels_meta_sender where account_id = :account and sender_id = :sender")
			.param("account", accountId)
			.param("sender", senderId)
			.query((rs, n) -> new Known(rs.getString("name"), rs.getTimestamp("looked_up_at").toInstant()))
			.optional();
	}

	private void remember(long accountId, String senderId, String name) {
		Timestamp now = Timestamp.from(Instant.now());
		int updated = jdbc.sql("""
				update channels_meta_sender set name = :name, looked_up_at = :now
				where account_id = :account and sender_id = :sender
				""")
			.param("name", name)
			.param("now", now)
			.param("account", accountId)
			.param("sender", senderId)
			.update();
		if (updated == 0) {
			inserts.insert("""
					insert into channels_meta_sender (account_id, sender_id, name, looked_up_at)
					values (:account, :sender, :name, :now)
					""", "account_id, sender_id", sql -> jdbc.sql(sql)
				.param("account", accountId)
				.param("sender", senderId)
				.param("name", name)
				.param("now", now)
				.update());
		}
	}

}

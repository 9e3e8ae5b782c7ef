package no.samtale.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.ProbedKeys;

/**
 * Where every connector hands over what arrives. A message is stored, with its {@link InboundReceived} event in the
 * same transaction, before the caller acknowledges it to the platform; the same external id twice is stored once.
 */
@Service
public class Intake {

	public static final int MAX_BODY = 8000;

	/**
	 * What a message removed on its platform reads afterwards: nothing, its text is not kept. The message's
	 * {@code removed} flag says why; the client words it.
	 */
	public static final String REMOVED_BODY = "";

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate batch;

	Intake(JdbcClient jdbc, JdbcTemplate batch, DuplicateSafeInsert inserts, Accounts accounts,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.inserts = inserts;
		this.accounts = accounts;
		this.events = events;
	}

	/** The stored message's id, and whether it had arrived before. */
	public record Receipt(long id, boolean duplicate) {
	}

	@Transactional
	public Receipt receive(long accountId, InboundMessage message) {
		accounts.get(accountId);
		check(message);
		Instant now = Instant.now();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		// A second delivery of the same message (or two racing) inserts nothing and reads the first one's id.
		int inserted = inserts.insert("""
				insert into channels_inbound (account_id, external_id, kind, thread_external_id, author_external_id,
				    author_name, body, context_external_id, context_body, sent_at, received_at)
				values (:account, :externalId, :kind, :thread, :author, :authorName, :body, :contextId, :contextBody,
				    :sentAt, :now)
				""", "account_id, external_id", sql -> jdbc.sql(sql)
			.param("account", accountId)
			.param("externalId", message.externalId())
			.param("kind", message.kind().name())
			.param("thread", message.threadExternalId())
			.param("author", message.authorExternalId())
			.param("authorName", message.authorName())
			.param("body", message.body())
			.param("contextId", message.contextExternalId())
			.param("contextBody", message.contextBody())
			.param("sentAt", Timestamp.from(message.sentAt() == null ? now : message.sentAt()))
			.param("now", Timestamp.from(now))
			.update(key, "id"));
		if (inserted == 0) {
			return new Receipt(idOf(accountId, message.externalId()).orElseThrow(), true);
		}
		long id = key.getKey().longValue();
		events.publishEvent(new InboundReceived(id, accountId, message.kind(), now));
		return new Receipt(id, false);
	}

	/**
	 * Stores many new messages of one account at once: one batched insert, one read of their ids, and an
	 * {@link InboundBatchReceived} for each kind (and each few hundred), in the caller's transaction. All or nothing:
	 * if one of them was stored before (or is in the list twice) the unique key refuses it, this throws, and the
	 * caller stores them one at a time with {@link #receive} instead; a bulk connector looks its messages up
	 * beforehand, so that is rare. Answers the stored ids in the order of the messages.
	 */
	@Transactional
	public List<Long> receiveAll(long accountId, List<InboundMessage> messages) {
		if (messages.isEmpty()) {
			return List.of();
		}
		accounts.get(accountId);
		messages.forEach(Intake::check);
		Instant now = Instant.now();
		Timestamp at = Timestamp.from(now);
		batch.batchUpdate("""
				insert into channels_inbound (account_id, external_id, kind, thread_external_id, author_external_id,
				    author_name, body, context_external_id, context_body, sent_at, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", messages, messages.size(), (statement, message) -> {
			statement.setLong(1, accountId);
			statement.setString(2, message.externalId());
			statement.setString(3, message.kind().name());
			statement.setString(4, message.threadExternalId());
			statement.setString(5, message.authorExternalId());
			statement.setString(6, message.authorName());
			statement.setString(7, message.body());
			statement.setString(8, message.contextExternalId());
			statement.setString(9, message.contextBody());
			statement.setTimestamp(10, message.sentAt() == null ? at : Timestamp.from(message.sentAt()));
			statement.setTimestamp(11, at);
		});
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("""
				select v.external_id, (select i.id from channels_inbound i
				                       where i.account_id = :account and i.external_id = v.external_id) as id
				from (values :ids) v(external_id)
				""")
			.param("account", accountId)
			.param("ids", ProbedKeys.of(messages.stream().map(InboundMessage::externalId).toList()))
			.query((rs, n) -> ids.put(rs.getString("external_id"), rs.getLong("id")))
			.list();
		List<Long> stored = new ArrayList<>(messages.size());
		Map<Visibility, List<Long>> byKind = new EnumMap<>(Visibility.class);
		for (InboundMessage message : messages) {
			long id = ids.get(message.externalId());
			stored.add(id);
			byKind.computeIfAbsent(message.kind(), kind -> new ArrayList<>()).add(id);
		}
		byKind.forEach((kind, ofKind) -> {
			for (int from = 0; from < ofKind.size(); from += InboundBatchReceived.MAX_IDS) {
				events.publishEvent(new InboundBatchReceived(accountId, kind, now,
						ofKind.subList(from, Math.min(ofKind.size(), from + InboundBatchReceived.MAX_IDS))));
			}
		});
		return stored;
	}

	public Inbound get(long inboundId) {
		return jdbc.sql("select * from channels_inbound where id = :id")
			.param("id", inboundId)
			.query(Intake::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Inbound message", inboundId));
	}

	/** The stored messages with these ids, read at once, by id; one that is gone (erased) is left out. */
	public List<Inbound> getAll(List<Long> inboundIds) {
		if (inboundIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from channels_inbound where id in (:ids) order by id")
			.param("ids", inboundIds)
			.query(Intake::row)
			.list();
	}

	/** Where a connector learns that the platform edited or removed a message it had handed over before. */
	@Transactional
	public Optional<Long> changed(long accountId, String externalId, String body, boolean removed) {
		Optional<Long> id = idOf(accountId, externalId);
		if (id.isEmpty()) {
			return id;
		}
		String stored = removed ? REMOVED_BODY : body;
		if (!removed) {
			required("body", stored, MAX_BODY);
		}
		jdbc.sql("update channels_inbound set body = :body, removed = :removed where id = :id")
			.param("body", stored)
			.param("removed", removed)
			.param("id", id.get())
			.update();
		events.publishEvent(new InboundChanged(id.get(), accountId, stored, removed));
		return id;
	}

	/** Where a connector learns that a message it had handed over was hidden on the platform, or shown again. */
	@Transactional
	public Optional<Long> hiddenChanged(long accountId, String externalId, boolean hidden) {
		Optional<Long> id = idOf(accountId, externalId);
		id.ifPresent(inbound -> events.publishEvent(new InboundHiddenChanged(inbound, accountId, hidden)));
		return id;
	}

	private Optional<Long> idOf(long accountId, String externalId) {
		return jdbc.sql("select id from channels_inbound where account_id = :account and external_id = :externalId")
			.param("account", accountId)
			.param("externalId", externalId)
			.query(Long.class)
			.optional();
	}

	/**
	 * A connector hands over facts: an author the platform does not name has no name (null), and a message without
	 * text (an image, a sticker) an empty body; the client words them.
	 */
	private static void check(InboundMessage message) {
		required("externalId", message.externalId(), 200);
		required("threadExternalId", message.threadExternalId(), 200);
		required("authorExternalId", message.authorExternalId(), 200);
		if (message.authorName() != null && message.authorName().length() > 200) {
			throw new InvalidInputException("authorName", "At most 200 characters");
		}
		if (message.body() == null) {
			throw new InvalidInputException("body", "Must not be null; empty when the message has no text");
		}
		if (message.body().length() > MAX_BODY) {
			throw new InvalidInputException("body", "At most " + MAX_BODY + " characters");
		}
		if (message.kind() == null) {
			throw new InvalidInputException("kind", "Must be PUBLIC or PRIVATE");
		}
		if (message.contextExternalId() != null && message.contextExternalId().length() > 200) {
			throw new InvalidInputException("context.externalId", "At most 200 characters");
		}
		if (message.contextBody() != null && message.contextBody().length() > MAX_BODY) {
			throw new InvalidInputException("context.text", "At most " + MAX_BODY + " characters");
		}
	}

	private static void required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "Must not be empty");
		}
		if (value.length() > max) {
			throw new InvalidInputException(field, "At most " + max + " characters");
		}
	}

	private static Inbound row(ResultSet rs, int n) throws SQLException {
		Timestamp sentAt = rs.getTimestamp("sent_at");
		return new Inbound(rs.getLong("id"), rs.getLong("account_id"), rs.getString("external_id"),
				Visibility.valueOf(rs.getString("kind")), rs.getString("thread_external_id"),
				rs.getString("author_external_id"), rs.getString("author_name"), rs.getString("body"),
				rs.getString("context_external_id"), rs.getString("context_body"), sentAt.toInstant(),
				rs.getTimestamp("received_at").toInstant(), rs.getBoolean("removed"));
	}

}

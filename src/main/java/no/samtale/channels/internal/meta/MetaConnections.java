package no.samtale.channels.internal.meta;

import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.meta.MetaPages.PageKind;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;
import no.samtale.channels.internal.connect.TokenCipher;

/**
 * Connecting an account to its Facebook page or Instagram account: the token is checked with Meta
 * ({@code GET /me}) before it is stored, and checked again daily, so an expired token shows as "reconnect needed"
 * before the first reply fails on it.
 */
@Service
class MetaConnections {

	private static final Logger log = LoggerFactory.getLogger(MetaConnections.class);

	private final Accounts accounts;

	private final MetaPages pages;

	private final GraphApi graph;

	private final TokenCipher cipher;

	private final MetaBackfill backfill;

	private final MetaSettings settings;

	MetaConnections(Accounts accounts, MetaPages pages, GraphApi graph, TokenCipher cipher,
			MetaBackfill backfill, MetaSettings settings) {
		this.settings = settings;
		this.accounts = accounts;
		this.pages = pages;
		this.graph = graph;
		this.cipher = cipher;
		this.backfill = backfill;
	}

	void connect(long accountId, String pageId, PageKind kind, String token) {
		Account account = accounts.get(accountId);
		if (account.connector() != ConnectorKind.META) {
			throw new RuleViolationException("not-a-meta-account", "connector",
					"The account's connector is " + account.connector() + "; set it to META first");
		}
		if ((kind == PageKind.INSTAGRAM) != (account.platform() == Platform.INSTAGRAM)) {
			throw new InvalidInputException("kind", "Must be INSTAGRAM for an Instagram account, else FACEBOOK_PAGE");
		}
		if (!cipher.available()) {
			throw new RuleViolationException("secret-key-missing", "accessToken",
					"SAMTALE_SECRET_KEY is not set, so the token cannot be stored encrypted; set it and try again");
		}
		JsonNode me;
		try {
			me = graph.get(accountId, "/me", Map.of("fields", "id,name"), token);
		}
		catch (DeliveryFailure failure) {
			if (failure.credentialsRejected()) {
				throw new InvalidInputException("accessToken", "Meta rejected this token (error 190)");
			}
			throw new RuleViolationException("meta-check-failed", "accessToken", "Meta could not check the token: "
					+ failure.getMessage() + (failure.trace() == null ? "" : " (trace " + failure.trace() + ")"));
		}
		if (kind == PageKind.FACEBOOK_PAGE && !pageId.equals(me.path("id").asString(""))) {
			throw new InvalidInputException("accessToken", "This is not a page token of page " + pageId);
		}
		pages.connect(accountId, pageId, kind, token, Instant.now());
		accounts.markActive(accountId);
		backfill(accountId, null);
	}

	/**
	 * Reads the account's recent comments (since {@code since}, or all recent ones) into the intake, and marks how
	 * far it got. A failure here does not undo the connection: webhooks bring what is new, the gap check tries
	 * again later, and the admin can connect again.
	 */
	int backfill(long accountId, Instant since) {
		Instant started = Instant.now();
		try {
			MetaPages.Page page = pages.of(accountId).orElseThrow();
			int read = backfill.comments(page, pages.token(accountId).orElseThrow(), since);
			pages.backfilled(accountId, started);
			return read;
		}
		catch (DeliveryFailure failure) {
			if (failure.credentialsRejected()) {
				accounts.markReconnectNeeded(accountId);
			}
			log.warn("Backfill of Meta account {} failed: {}{}", accountId, failure.getMessage(),
					failure.trace() == null ? "" : " (trace " + failure.trace() + ")");
			return 0;
		}
		catch (IllegalStateException undecryptable) {
			accounts.markReconnectNeeded(accountId);
			return 0;
		}
	}

	/** Checks every connected token once; the daily task runs this. Answers how many needed reconnecting. */
	int checkAll() {
		if (!settings.configured()) {
			// Meta is off (the demo without SAMTALE_META_*): no call leaves, and no demo token is judged by real Meta.
			return 0;
		}
		int rejected = 0;
		for (long accountId : pages.connectedAccounts()) {
			try {
				graph.get(accountId, "/me", Map.of("fields", "id"), pages.token(accountId).orElseThrow());
				pages.checked(accountId, Instant.now());
			}
			catch (DeliveryFailure failure) {
				if (failure.credentialsRejected()) {
					accounts.markReconnectNeeded(accountId);
					rejected++;
				}
			}
			catch (IllegalStateException undecryptable) {
				accounts.markReconnectNeeded(accountId);
				rejected++;
			}
		}
		if (rejected > 0) {
			log.warn("{} Meta account(s) need reconnecting: Meta rejected their tokens", rejected);
		}
		return rejected;
	}

}

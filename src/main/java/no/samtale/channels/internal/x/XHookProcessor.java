package no.samtale.channels.internal.x;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.Accounts;
import no.samtale.channels.InboundMessage;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.hooks.HookProcessor;

/**
 * Reads a stored X Activity API delivery ({@code data.event_type}, {@code data.filter.user_id},
 * {@code data.payload}, {@code data.includes}) and routes it to the account that is that user: mentions and
 * replies become public messages, direct messages private ones, and {@code oauth.revoke} marks the account for
 * reconnecting. Any other event type is kept and skipped. The same post by webhook and by poll arrives once.
 */
@Component
class XHookProcessor implements HookProcessor {

	private final XAccounts xAccounts;

	private final XInbound inbound;

	private final Accounts accounts;

	private final JsonMapper json;

	XHookProcessor(XAccounts xAccounts, XInbound inbound, Accounts accounts, JsonMapper json) {
		this.xAccounts = xAccounts;
		this.inbound = inbound;
		this.accounts = accounts;
		this.json = json;
	}

	@Override
	public Platform platform() {
		return Platform.X;
	}

	@Override
	public Outcome process(String payload) {
		JsonNode data;
		try {
			data = json.readTree(payload).path("data");
		}
		catch (JacksonException e) {
			return Outcome.failed(null, "Not JSON (" + e.getClass().getSimpleName() + ")");
		}
		String type = XPosts.text(data.path("event_type"));
		String userId = XPosts.text(data.path("filter").path("user_id"));
		if (!type.equals("post.mention.create") && !type.equals("post.reply.create") && !type.equals("dm.received")
				&& !type.equals("oauth.revoke")) {
			return Outcome.skipped(type.isEmpty() ? null : type);
		}
		Optional<XAccounts.XAccount> account = xAccounts.ofUser(userId);
		if (account.isEmpty()) {
			return Outcome.unroutable(type);
		}
		long accountId = account.get().accountId();
		JsonNode includes = data.path("includes");
		switch (type) {
			case "oauth.revoke" -> accounts.markReconnectNeeded(accountId);
			case "dm.received" -> {
				InboundMessage message = XPosts.directMessage(data.path("payload"), includes, userId, Instant.now());
				if (message != null) {
					inbound.receive(accountId, message);
				}
			}
			default -> {
				XPosts.Read read = XPosts.post(data.path("payload"), includes, userId, Instant.now());
				if (read != null) {
					inbound.receive(accountId, read);
				}
			}
		}
		return Outcome.processed(type);
	}

}

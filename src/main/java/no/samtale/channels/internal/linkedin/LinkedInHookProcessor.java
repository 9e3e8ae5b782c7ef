package no.samtale.channels.internal.linkedin;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.Platform;
import no.samtale.channels.internal.hooks.HookProcessor;

/**
 * Reads a stored LinkedIn webhook delivery: {@code ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS} with its list of
 * notifications. Another type is kept and skipped; notifications for no connected organization make it unroutable.
 */
@Component
class LinkedInHookProcessor implements HookProcessor {

	static final String TYPE = "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS";

	private final LinkedInInbound inbound;

	private final JsonMapper json;

	LinkedInHookProcessor(LinkedInInbound inbound, JsonMapper json) {
		this.inbound = inbound;
		this.json = json;
	}

	@Override
	public Platform platform() {
		return Platform.LINKEDIN;
	}

	@Override
	public Outcome process(String payload) {
		JsonNode root;
		try {
			root = json.readTree(payload);
		}
		catch (JacksonException e) {
			return Outcome.failed(null, "Not JSON (" + e.getClass().getSimpleName() + ")");
		}
		String type = LinkedInNotifications.text(root.path("type"));
		if (!TYPE.equals(type) || !root.path("notifications").isArray()) {
			return Outcome.skipped(type.isEmpty() ? null : type);
		}
		int routed = 0;
		for (JsonNode notification : root.path("notifications")) {
			routed += inbound.receive(notification) == LinkedInInbound.Result.UNROUTABLE ? 0 : 1;
		}
		return routed == 0 && !root.path("notifications").isEmpty() ? Outcome.unroutable(type) : Outcome.processed(type);
	}

}

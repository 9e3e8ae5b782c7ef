package no.samtale.channels.internal.linkedin;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.connect.Connection;
import no.samtale.channels.internal.connect.PollPages;
import no.samtale.channels.internal.connect.PollingConnector;

/**
 * The reconciliation beside LinkedIn's webhook: pulls the organization's comment notifications
 * ({@code GET /organizationalEntityNotifications?q=criteria}) from where the last pull ended (the cursor: a time in
 * epoch milliseconds; with an overlap, since LinkedIn may record a notification a little after it happened) to now,
 * a page at a time, and hands each to the intake, which stores a comment seen by webhook too only once. A first pull
 * reaches back a day. The watermark moves only after all pages are stored. Every 10 minutes at most: 144 calls a day
 * per organization.
 */
@Component
class LinkedInPull implements PollingConnector {

	static final Duration OVERLAP = Duration.ofMinutes(10);

	static final Duration FIRST_REACH = Duration.ofDays(1);

	private static final int PAGE = 100;

	private static final int MAX_PAGES = 20;

	private final LinkedInAccounts organizations;

	private final LinkedInApi api;

	private final LinkedInInbound inbound;

	LinkedInPull(LinkedInAccounts organizations, LinkedInApi api, LinkedInInbound inbound) {
		this.organizations = organizations;
		this.api = api;
		this.inbound = inbound;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.LINKEDIN;
	}

	@Override
	public Duration shortestInterval() {
		return Duration.ofMinutes(10);
	}

	@Override
	public String poll(Connection connection, String cursor) throws DeliveryFailure {
		long accountId = connection.accountId();
		String urn = connection.externalId();
		String token = organizations.token(accountId);
		Instant now = Instant.now();
		Instant from = cursor == null || !cursor.matches("[0-9]{1,15}") ? now.minus(FIRST_REACH)
				: Instant.ofEpochMilli(Long.parseLong(cursor)).minus(OVERLAP);
		PollPages.Pages pages = PollPages.read("LinkedIn", accountId, MAX_PAGES, (index, next) -> {
			String query = "q=criteria&actions=List(COMMENT,COMMENT_DELETE)&organizationalEntity="
					+ LinkedInApi.encode(urn) + "&timeRange=(start:" + from.toEpochMilli() + ",end:"
					+ now.toEpochMilli() + ")&start=" + index * PAGE + "&count=" + PAGE;
			JsonNode answer = api.get(accountId, "/organizationalEntityNotifications", query, token).json();
			int seen = 0;
			int fresh = 0;
			for (JsonNode notification : answer.path("elements")) {
				seen++;
				fresh += inbound.receive(notification) == LinkedInInbound.Result.NEW ? 1 : 0;
			}
			return PollPages.Page.byCount(fresh, seen, PAGE);
		});
		// More pages than one poll reads: the rest next time, from the same watermark.
		return pages.complete() ? String.valueOf(now.toEpochMilli()) : cursor;
	}

}

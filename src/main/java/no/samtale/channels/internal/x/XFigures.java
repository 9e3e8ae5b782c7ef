package no.samtale.channels.internal.x;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.connect.Connection;
import no.samtale.channels.internal.connect.DailyFigures;
import no.samtale.channels.internal.connect.FigureSource;

/**
 * The X account's own counts as X gives them to any app ({@code GET /2/users/:id?user.fields=public_metrics}):
 * followers, posts and lists, as of today. Impressions per post need X's owner-only metrics and more calls per post,
 * which the pay-per-use credits make dear; they are not read.
 */
@Component
class XFigures implements FigureSource {

	private static final Map<String, String> METRICS = Map.of("followers_count", "followers", "tweet_count",
			"posts_total", "listed_count", "listed");

	private final XAccounts xAccounts;

	private final XApi api;

	XFigures(XAccounts xAccounts, XApi api) {
		this.xAccounts = xAccounts;
		this.api = api;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.X;
	}

	@Override
	public List<Reading> read(Connection connection) throws DeliveryFailure {
		JsonNode counts = api.get(connection.accountId(), "/users/" + connection.externalId(),
				Map.of("user.fields", "public_metrics"), xAccounts.token(connection.accountId()))
			.path("data").path("public_metrics");
		return FigureSource.readings(counts, METRICS, DailyFigures.today());
	}

}

package no.samtale.channels.internal.connect;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.AccountSettings;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.OpeningHours;
import no.samtale.channels.Platform;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * For the demo: the accounts whose platforms Samtale fakes itself ({@code /demo-platforms/...}) when no real
 * credentials are set, so a newcomer sees YouTube, X and LinkedIn work. An account made by the inbox demo on the
 * simulator is moved to its real connector; a missing one is made. Its connection gets demo tokens that the fake
 * platform takes, so the whole path (polling, budget, replies through the outbox) runs as with the real one.
 */
@Component
public class DemoConnections {

	private final boolean demo;

	private final Accounts accounts;

	private final Teams teams;

	private final Connections connections;

	private final Environment environment;

	DemoConnections(@Value("${samtale.demo:false}") boolean demo, Accounts accounts, Teams teams,
			Connections connections, Environment environment) {
		this.demo = demo;
		this.accounts = accounts;
		this.teams = teams;
		this.connections = connections;
		this.environment = environment;
	}

	public boolean demo() {
		return demo;
	}

	/**
	 * This server's own address as seen from itself, for a connector's base URL in the demo
	 * ({@code http://127.0.0.1:<port>}); read at call time, since the port is known only once the server runs.
	 */
	public String localBase() {
		return "http://127.0.0.1:" + environment.getProperty("local.server.port",
				environment.getProperty("server.port", "8080"));
	}

	/**
	 * In demo mode: the account {@code name} on {@code platform}, on {@code connector} and connected as
	 * {@code externalId} with demo tokens (an access token valid for {@code accessDays}, with a refresh token), made
	 * in the team {@code teamName} if missing. Answers its id; empty outside the demo or without that team.
	 */
	public Optional<Long> ensure(Platform platform, String name, String handle, String teamName,
			ConnectorKind connector, String externalId, String externalName, int accessDays) {
		if (!demo) {
			return Optional.empty();
		}
		Optional<Team> team = teams.all().stream().filter(t -> t.name().equals(teamName)).findFirst();
		if (team.isEmpty()) {
			return Optional.empty();
		}
		Optional<Account> existing = accounts.all().stream()
			.filter(a -> a.platform() == platform && a.name().equals(name))
			.findFirst();
		long id;
		if (existing.isPresent()) {
			Account a = existing.get();
			id = a.id();
			if (a.connector() != connector) {
				accounts.update(id, new AccountSettings(a.platform(), a.name(), a.handle(), a.teamId(), connector,
						a.openingHours(), a.responseTargetMinutes(), a.privateRepliesNeedApproval()));
			}
		}
		else {
			id = accounts.create(new AccountSettings(platform, name, handle, team.get().id(), connector,
					new OpeningHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
							LocalTime.of(15, 0)), 480, true));
		}
		if (connections.of(id).isEmpty()) {
			Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			connections.connect(id, connector, externalId, externalName, new TokenPair("demo-access-" + externalId,
					"demo-refresh-" + externalId, now.plus(accessDays, ChronoUnit.DAYS), null, null));
		}
		return Optional.of(id);
	}

}

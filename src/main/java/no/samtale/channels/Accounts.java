package no.samtale.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.ClusterSignals;
import no.samtale.platform.AfterCommit;
import no.samtale.platform.ExpiringCache;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.teams.Teams;

/** The external accounts, their settings, and what their connectors can do. */
@Service
public class Accounts {

	private final JdbcClient jdbc;

	private final Teams teams;

	private final ExpiringCache<Long, Optional<Account>> cache = new ExpiringCache<>(Duration.ofSeconds(5), 1000);

	// Looked up when needed: connectors themselves hand messages to the intake, which checks accounts here.
	private final ObjectProvider<ChannelConnector> connectors;

	/** The cluster signal that an account's settings or state changed: every node drops its cached copy. */
	static final String CHANGED = "channels-account";

	private final ClusterSignals signals;

	Accounts(JdbcClient jdbc, Teams teams, ObjectProvider<ChannelConnector> connectors, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.connectors = connectors;
		this.signals = signals;
		signals.on(CHANGED, id -> cache.evict(Long.valueOf(id)));
	}

	public Account get(long accountId) {
		return find(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
	}

	/** Every inbound message and delivery looks its account up; a changed setting shows within seconds. */
	public Optional<Account> find(long accountId) {
		return cache.get(accountId, id -> jdbc.sql("select * from channels_account where id = :id")
			.param("id", id)
			.query(Accounts::row)
			.optional());
	}

	public List<Account> all() {
		return jdbc.sql("select * from channels_account order by name, platform").query(Accounts::row).list();
	}

	/**
	 * Ids of the accounts on a platform (by its name), or of every account when the name is null. Never empty, so
	 * the list can go straight into an SQL {@code in} list: with no account it holds -1, which matches nothing.
	 */
	public List<Long> idsOn(String platformName) {
		List<Long> ids = all().stream()
			.filter(account -> platformName == null || account.platform().name().equals(platformName))
			.map(Account::id)
			.toList();
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	public List<Account> ofTeams(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from channels_account where team_id in (:teams) order by name, platform")
			.param("teams", teamIds)
			.query(Accounts::row)
			.list();
	}

	public Set<Capability> capabilities(Account account) {
		return connector(account.connector()).map(connector -> connector.capabilities(account))
			.orElse(Set.of());
	}

	/** Why the account's platform would refuse this action (see {@link ChannelConnector#refusal}), or empty. */
	public Optional<PlatformRefusal> refusal(Account account, OutboundAction action, String targetExternalId,
			String body) {
		return connector(account.connector())
			.flatMap(connector -> connector.refusal(account, action, targetExternalId, body));
	}

	/** Why the account cannot do each thing it cannot, for the client to show beside a disabled action. */
	public Map<Capability, CapabilityReason> unavailable(Account account) {
		return connector(account.connector()).map(connector -> connector.unavailable(account))
			.orElse(Map.of());
	}

	/**
	 * Refuses an action the account cannot carry out: 409 {@code urn:samtale:problem:capability-missing} naming the
	 * capability (and why the account lacks it) rather than a failure after approval.
	 */
	public void requireCapability(Account account, Capability capability) {
		if (!capabilities(account).contains(capability)) {
			CapabilityReason reason = unavailable(account).getOrDefault(capability, CapabilityReason.NOT_ON_PLATFORM);
			throw new RuleViolationException("capability-missing", "capability", "The " + account.platform()
					+ " account " + account.name() + " cannot " + capability + " (" + reason + ")");
		}
	}

	private Optional<ChannelConnector> connector(ConnectorKind kind) {
		return connectors.stream().filter(connector -> connector.kind() == kind).findFirst();
	}

	@Transactional
	public long create(AccountSettings settings) {
		check(settings);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into channels_account (platform, name, handle, team_id, connector, state, open_days, opens_at,
				    closes_at, response_target_minutes, private_replies_need_approval, created_at)
				values (:platform, :name, :handle, :team, :connector, 'ACTIVE', :days, :opens, :closes, :target,
				    :privateApproval, :now)
				""")
			.params(params(settings))
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Transactional
	public void update(long accountId, AccountSettings settings) {
		get(accountId);
		check(settings);
		jdbc.sql("""
				update channels_account set platform = :platform, name = :name, handle = :handle, team_id = :team,
				    connector = :connector, open_days = :days, opens_at = :opens, closes_at = :closes,
				    response_target_minutes = :target, private_replies_need_approval = :privateApproval
				where id = :id
				""")
			.params(params(settings))
			.param("id", accountId)
			.update();
		changed(accountId);
	}

	/** The platform refused the account's credentials: nothing more goes out until an admin reconnects it. */
	@Transactional
	public void markReconnectNeeded(long accountId) {
		jdbc.sql("update channels_account set state = 'RECONNECT_NEEDED' where id = :id").param("id", accountId).update();
		changed(accountId);
	}

	/** The account's credentials were entered again and accepted: it sends once more. */
	@Transactional
	public void markActive(long accountId) {
		jdbc.sql("update channels_account set state = 'ACTIVE' where id = :id").param("id", accountId).update();
		changed(accountId);
	}

	/**
	 * Drops the cached account here at once and again after the commit (a read that cached the old row before the
	 * commit must not outlive it; the cluster signal comes back to this node too, but a round trip later, and a
	 * request in between saw the old state), and on every other node by the signal.
	 */
	private void changed(long accountId) {
		cache.evict(accountId);
		AfterCommit.run(() -> cache.evict(accountId));
		signals.send(CHANGED, Long.toString(accountId));
	}

	private void check(AccountSettings settings) {
		if (teams.find(settings.teamId()).isEmpty()) {
			throw new InvalidInputException("teamId", "No team has this id");
		}
		if (connector(settings.connector()).isEmpty()) {
			throw new InvalidInputException("connector", "This connector is not installed");
		}
		if ((settings.connector() == ConnectorKind.WEB_CHAT) != (settings.platform() == Platform.WEB_CHAT)) {
			throw new InvalidInputException("connector", "The web chat connector serves web chat accounts, and only them");
		}
		if (settings.connector() == ConnectorKind.BLOG && settings.platform() != Platform.BLOG) {
			throw new InvalidInputException("connector", "The blog connector serves blog accounts, and only them");
		}
		if (!settings.openingHours().opens().isBefore(settings.openingHours().closes())) {
			throw new InvalidInputException("openingHours.closes", "Must be after the opening time");
		}
	}

	private static Map<String, Object> params(AccountSettings settings) {
		return Map.of("platform", settings.platform().name(), "name", settings.name(), "handle", settings.handle(),
				"team", settings.teamId(), "connector", settings.connector().name(), "days",
				settings.openingHours().days().stream().map(DayOfWeek::name).sorted().collect(Collectors.joining(",")),
				"opens", settings.openingHours().opens().toString(), "closes",
				settings.openingHours().closes().toString(), "target", settings.responseTargetMinutes(),
				"privateApproval", settings.privateRepliesNeedApproval());
	}

	private static Account row(ResultSet rs, int n) throws SQLException {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(rs.getString("open_days").split(",")).filter(day -> !day.isBlank()).map(DayOfWeek::valueOf)
			.forEach(days::add);
		OpeningHours hours = new OpeningHours(days, LocalTime.parse(rs.getString("opens_at")),
				LocalTime.parse(rs.getString("closes_at")));
		return new Account(rs.getLong("id"), Platform.valueOf(rs.getString("platform")), rs.getString("name"),
				rs.getString("handle"), rs.getLong("team_id"), ConnectorKind.valueOf(rs.getString("connector")),
				AccountState.valueOf(rs.getString("state")), hours, rs.getInt("response_target_minutes"),
				rs.getBoolean("private_replies_need_approval"));
	}

}

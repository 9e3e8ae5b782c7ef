package no.samtale.channels.internal.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.channels.Account;
import no.samtale.channels.AccountState;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.TokenHealth;
import no.samtale.channels.internal.connect.AccessTokens;
import no.samtale.channels.internal.connect.Connections;
import no.samtale.channels.internal.connect.TokenPair;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * X's refresh tokens rotate: every refresh answers a new one and voids the one used. Against the X that the demo
 * serves itself (its token endpoint rotates as X does, over real HTTP): the new pair is stored before it is used,
 * calls racing for an ending token refresh once (a second refresh would spend the void token and lose the grant),
 * and a void refresh token ({@code invalid_grant}) shows REVOKED and tells the admins.
 */
class XTokenRotationIntegrationTests extends IntegrationTest {

	@Autowired
	AccessTokens tokens;

	@Autowired
	Connections connections;

	@Autowired
	XAccounts xAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	/** An X account whose access token ends within a minute, with a refresh token the demo's X accepts once. */
	Account ending(String refreshToken) {
		long team = accounts.get(xAccounts.ofUser(XFakePlatform.USER_ID).orElseThrow().accountId()).teamId();
		Account account = XTestAccounts.create(accounts, xAccounts, team, XHooks.id(), "old-access");
		connections.connect(account.id(), ConnectorKind.X, xAccounts.of(account.id()).orElseThrow().userId(), "test",
				new TokenPair("old-access", refreshToken, Instant.now().plusSeconds(60), null, null));
		return account;
	}

	@Test
	void aRefreshStoresTheRotatedPairBeforeUseAndRacingCallsRefreshOnce() throws Exception {
		Account account = ending("demo-refresh-" + TestText.unique());

		List<Callable<String>> calls = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			calls.add(() -> tokens.current(account.id()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<String> answered = new ArrayList<>();
		try {
			for (Future<String> call : pool.invokeAll(calls)) {
				answered.add(call.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(answered).doesNotContain("old-access").containsOnly(answered.get(0));
		assertThat(answered.get(0)).startsWith("demo-access-");
		assertThat(connections.of(account.id()).orElseThrow().health()).isEqualTo(TokenHealth.VALID);
		assertThat(connections.of(account.id()).orElseThrow().accessExpiresAt())
			.isAfter(Instant.now().plus(Duration.ofMinutes(100)));
		// The stored token is the one handed out: the next call uses it without refreshing again.
		assertThat(tokens.current(account.id())).isEqualTo(answered.get(0));
	}

	@Test
	void aRefreshTokenXHasVoidedIsInvalidGrantShownAsRevokedAndTheAdminsAreTold() {
		String used = "demo-refresh-" + TestText.unique();
		Account first = ending(used);
		assertThat(catchToken(first)).isNull();
		// A second account holding the same refresh token stands for a pair lost before it was stored.
		Account second = ending(used);

		assertThatThrownBy(() -> tokens.current(second.id())).isInstanceOf(DeliveryFailure.class)
			.matches(failure -> ((DeliveryFailure) failure).credentialsRejected());

		assertThat(connections.of(second.id()).orElseThrow().health()).isEqualTo(TokenHealth.REVOKED);
		assertThat(accounts.get(second.id()).state()).isEqualTo(AccountState.RECONNECT_NEEDED);
		long admin = api().asDemo("admin").get("/api/v1/me").json().path("id").asLong();
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				select count(*) from notifications_notification
				where account_id = :account and kind = 'CONNECTION_REVOKED' and recipient_id = :admin
				""").param("account", second.id()).param("admin", admin).query(Long.class).single() == 1);
		assertThat(api().asDemo("admin").get("/api/v1/notifications?size=50").body())
			.contains("\"accountId\":" + second.id());
	}

	private DeliveryFailure catchToken(Account account) {
		try {
			tokens.current(account.id());
			return null;
		}
		catch (DeliveryFailure failure) {
			return failure;
		}
	}

}

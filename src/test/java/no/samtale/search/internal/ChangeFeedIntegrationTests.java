package no.samtale.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.samtale.platform.ThisNode;
import no.samtale.search.SearchSource;
import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * The search change feed as another node sees it: a question asked here is in the feed after that node's cursor, a
 * reply replaces the row with a newer number, the admin status lists both nodes with their lag, and pruning keeps
 * what the slowest remembered node has not read.
 */
class ChangeFeedIntegrationTests extends IntegrationTest {

	@Autowired
	ChangeFeed feed;

	@Autowired
	ThisNode node;

	@Test
	void anotherNodeFindsEachChangeAfterItsCursorAndPruningWaitsForIt() {
		String other = "other-" + TestText.unique();
		feed.rebuilding(other, feed.lastSeq());
		long cursor = feed.cursor(other);
		Api asker = api().asDemo("ansatt");
		String tag = TestText.unique();
		long discussion = ForumSteps.ask(asker, ForumSteps.space(asker, "Sykefraværsoppfølging"), "Feed " + tag,
				"Finnes dette på den andre noden? " + tag);
		ChangeFeed.Change asked = await().atMost(Duration.ofSeconds(10)).until(() -> find(cursor, discussion),
				change -> change != null);
		assertThat(asked.document()).isNotNull();
		assertThat(asked.document().question()).contains(tag);

		ForumSteps.reply(api().asDemo("fagperson"), discussion, "Ja, svaret er " + tag);
		ChangeFeed.Change replied = await().atMost(Duration.ofSeconds(10)).until(() -> find(cursor, discussion),
				change -> change != null && change.seq() > asked.seq());
		assertThat(replied.document().answers()).contains(tag);

		feed.prune(Duration.ofMinutes(10));
		assertThat(find(cursor, discussion)).as("kept for the node that has not read it").isNotNull();
		assertThat(api().asDemo("admin").get("/api/v1/admin/search").json().path("nodes").toString())
			.contains(other).contains(node.name());

		feed.advance(other, feed.lastSeq());
		// This node's follower reaches the end within its round; then nobody needs the row any more.
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			feed.prune(Duration.ofMinutes(10));
			return find(cursor, discussion) == null;
		});
	}

	private ChangeFeed.Change find(long cursor, long discussion) {
		List<ChangeFeed.Change> changes = feed.after(cursor, 10_000);
		return changes.stream()
			.filter(change -> change.source() == SearchSource.FORUM && change.id() == discussion)
			.findFirst()
			.orElse(null);
	}

}

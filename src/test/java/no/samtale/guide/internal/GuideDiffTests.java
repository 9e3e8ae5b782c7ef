package no.samtale.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The diff names changes by topic, need, office and municipality, so moving a topic is not a change of every topic. */
class GuideDiffTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void namesTopicsByTheirKeysSoAMovedTopicIsNoChange() {
		JsonNode before = JSON.readTree("""
				{"topics": [{"key": "a", "name": {"nb": "A"}}, {"key": "b", "name": {"nb": "B"}}]}""");
		JsonNode after = JSON.readTree("""
				{"topics": [{"key": "b", "name": {"nb": "B"}}, {"key": "a", "name": {"nb": "A"}}]}""");
		assertThat(GuideDiff.between(before, after)).isEmpty();
	}

	@Test
	void saysWhatWasAddedRemovedAndChangedWithTheTextsBeforeAndAfter() {
		JsonNode before = JSON.readTree("""
				{"topics": [{"key": "a", "routes": [{"channel": "PHONE", "phone": "1"}]}],
				 "needs": [{"key": "crisis", "channels": ["OFFICE", "PHONE"]}]}""");
		JsonNode after = JSON.readTree("""
				{"topics": [{"key": "a", "routes": [{"channel": "PHONE", "phone": "2"}, {"channel": "OFFICE"}]}],
				 "needs": [{"key": "crisis", "channels": ["PHONE", "OFFICE"]}],
				 "offices": [{"name": "NAV Hamar", "municipalities": [{"number": "3403", "postcodes": ["2317"]}]}]}""");

		List<GuideDiff.GuideChange> changes = GuideDiff.between(before, after);

		assertThat(changes).contains(
				new GuideDiff.GuideChange("topics[a].routes[0].phone", GuideDiff.GuideChangeKind.CHANGED, "1", "2"),
				new GuideDiff.GuideChange("topics[a].routes[1].channel", GuideDiff.GuideChangeKind.ADDED, null, "OFFICE"),
				new GuideDiff.GuideChange("needs[crisis].channels", GuideDiff.GuideChangeKind.CHANGED, "OFFICE, PHONE",
						"PHONE, OFFICE"),
				new GuideDiff.GuideChange("offices[NAV Hamar].municipalities[3403].postcodes",
						GuideDiff.GuideChangeKind.ADDED, null, "2317"));
		assertThat(GuideDiff.between(after, before)).extracting(GuideDiff.GuideChange::kind)
			.doesNotContain(GuideDiff.GuideChangeKind.ADDED);
	}

	@Test
	void readsOpeningDaysAsASet() {
		JsonNode before = JSON.readTree("""
				{"fallback": [{"hours": {"days": ["MONDAY", "FRIDAY"], "opens": "09:00"}}]}""");
		JsonNode after = JSON.readTree("""
				{"fallback": [{"hours": {"days": ["FRIDAY", "MONDAY"], "opens": "09:00"}}]}""");
		assertThat(GuideDiff.between(before, after)).isEmpty();
	}

}

package no.samtale.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.internal.meta.MetaPages.Page;
import no.samtale.channels.internal.meta.MetaPages.PageKind;

/** The small rules of figures, gaps and names, without Meta. */
class MetaPolicyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Instant now = Instant.parse("2026-11-24T12:00:00Z");

	@Test
	void aDailyInsightValueCountsTheDayBeforeItsEndTime() {
		assertThat(MetaFigures.dayEndingAt("2026-11-24T08:00:00+0000")).isEqualTo(LocalDate.parse("2026-11-23"));
		assertThat(MetaFigures.dayEndingAt("not a time")).isNull();
	}

	@Test
	void thereIsAGapOnlyWhenNothingWasSeenForLongerThanTheThreshold() {
		Page page = new Page(1, "1", PageKind.FACEBOOK_PAGE, now.minus(Duration.ofDays(2)), null,
				now.minus(Duration.ofHours(2)));
		Duration threshold = Duration.ofMinutes(30);

		assertThat(MetaGapCheck.gapSince(now.minus(Duration.ofMinutes(10)), page, now, threshold)).isEmpty();
		assertThat(MetaGapCheck.gapSince(now.minus(Duration.ofHours(1)), page, now, threshold))
			.contains(now.minus(Duration.ofHours(1)).minus(MetaGapCheck.OVERLAP));
		assertThat(MetaGapCheck.gapSince(null, page, now, threshold))
			.contains(now.minus(Duration.ofHours(2)).minus(MetaGapCheck.OVERLAP));
	}

	@Test
	void aSenderIsNamedByNameThenFirstAndLastNameThenUsername() {
		assertThat(MetaSenders.nameIn(JSON.readTree("{\"name\":\"Siri Hansen\",\"username\":\"siri\"}")))
			.isEqualTo("Siri Hansen");
		assertThat(MetaSenders.nameIn(JSON.readTree("{\"first_name\":\"Siri\",\"last_name\":\"Hansen\"}")))
			.isEqualTo("Siri Hansen");
		assertThat(MetaSenders.nameIn(JSON.readTree("{\"username\":\"siri_h\"}"))).isEqualTo("@siri_h");
		assertThat(MetaSenders.nameIn(JSON.readTree("{\"id\":\"1\"}"))).isNull();
	}

}

package no.samtale.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** Which refusals give an event up: only the record's own, and only after several. */
class RefusalsTests {

	@Test
	void aRecordTooLargeIsRefusedForItself() {
		assertThat(Refusals.ofTheRecord(new RecordTooLargeException("too large"))).isTrue();
		assertThat(Refusals.ofTheRecord(new CompletionException(new RecordTooLargeException("too large"))))
			.as("also inside a future's wrapper")
			.isTrue();
	}

	@Test
	void aClusterAwayOrRefusingEveryoneIsNotTheRecordsFault() {
		assertThat(Refusals.ofTheRecord(new TimeoutException("no metadata"))).isFalse();
		assertThat(Refusals.ofTheRecord(new NotLeaderOrFollowerException("moving"))).isFalse();
		assertThat(Refusals.ofTheRecord(new TopicAuthorizationException("no access"))).isFalse();
		assertThat(Refusals.ofTheRecord(new KafkaSender.KafkaUnavailableException())).isFalse();
	}

	@Test
	void aRecordIsParkedOnlyAfterTheGivenNumberOfItsOwnRefusals() {
		RecordTooLargeException tooLarge = new RecordTooLargeException("too large");

		assertThat(Refusals.parks(tooLarge, 4, 5)).isFalse();
		assertThat(Refusals.parks(tooLarge, 5, 5)).isTrue();
		assertThat(Refusals.parks(new TimeoutException("away"), 500, 5)).as("Kafka away never parks").isFalse();
	}

}

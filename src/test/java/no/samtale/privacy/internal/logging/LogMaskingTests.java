package no.samtale.privacy.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

/** Personal data in a log line is masked, in the text format's message and stack trace and in every JSON value. */
class LogMaskingTests {

	static final String NATIONAL_ID = "15088510140";

	@Test
	void aMessageWithAnIdentityNumberIsMaskedInTheTextFormat() {
		LoggerContext context = new LoggerContext();
		LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.INFO, "Comment from {} says {}",
				new IllegalStateException("duplicate key " + NATIONAL_ID), new Object[] { "Kari", "fnr " + NATIONAL_ID });
		MaskingMessageConverter message = new MaskingMessageConverter();
		MaskingThrowableConverter throwable = new MaskingThrowableConverter();
		throwable.setContext(context);
		message.start();
		throwable.start();

		String line = message.convert(event) + " " + throwable.convert(event);

		assertThat(line).doesNotContain(NATIONAL_ID).contains("Comment from Kari says fnr •••••••••••");
		assertThat(line).contains("duplicate key •••••••••••");
	}

	@Test
	void everyStringValueOfAJsonLineIsMasked() {
		JsonWriter<Map<String, String>> writer = JsonWriter.of(members -> {
			members.add("message", map -> map.get("message"));
			members.add("stack_trace", map -> map.get("stack_trace"));
			new MaskingJsonMembersCustomizer().customize(cast(members));
		});

		String json = writer.writeToString(Map.of("message", "Konto 1234.56.78903 og fnr " + NATIONAL_ID, "stack_trace",
				"at x: " + NATIONAL_ID));

		assertThat(json).doesNotContain(NATIONAL_ID).doesNotContain("1234.56.78903").contains("••••.••.•••••");
	}

	@Test
	void aLineWithoutDigitsIsLeftAsItIs() {
		assertThat(LogMasking.mask("Started SamtaleApplication")).isEqualTo("Started SamtaleApplication");
	}

	@SuppressWarnings("unchecked")
	private static JsonWriter.Members<Object> cast(JsonWriter.Members<?> members) {
		return (JsonWriter.Members<Object>) members;
	}

}

package no.samtale.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The request JSON parser with the strict string rule, on random and broken input: a string is read back exactly
 * unless it holds a NUL or a lone surrogate, which is refused with the field's path; nothing else ever comes out of
 * it but a value or a Jackson error (which the API answers as a 400).
 */
class StrictJsonPropertyTests {

	private static final JsonMapper JSON = JsonMapper.builder()
		.addModule(new SimpleModule().addDeserializer(String.class, new StrictJson.StrictStringDeserializer()))
		.build();

	record Message(String title, List<String> tags) {
	}

	@Property(tries = 1000)
	void aStringIsReadBackExactlyOrRefusedForItsForbiddenCharacter(@ForAll("anyText") String text) {
		String json = JSON.writeValueAsString(new Message(text, List.of("a", text)));
		if (StrictJson.firstForbiddenChar(text) < 0) {
			Message read = JSON.readValue(json, Message.class);
			assertThat(read.title()).isEqualTo(text);
			assertThat(read.tags()).containsExactly("a", text);
		}
		else {
			assertThatThrownBy(() -> JSON.readValue(json, Message.class))
				.isInstanceOf(StrictJson.InvalidCharacterException.class)
				.satisfies(e -> assertThat(((JacksonException) e).getPath().get(0).getPropertyName()).isEqualTo("title"));
		}
	}

	@Property(tries = 1000)
	void brokenJsonIsAJacksonErrorAndNothingElse(@ForAll("brokenJson") String json) {
		try {
			JSON.readValue(json, Message.class);
		}
		catch (JacksonException expected) {
			// Answered 400 by the API.
		}
	}

	@Provide
	Arbitrary<String> anyText() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
				Arbitraries.strings().withChars('a', '\u0000', '\ud800', '\udc00', 'æ', '\u202e').ofMaxLength(12));
	}

	@Provide
	Arbitrary<String> brokenJson() {
		String valid = "{\"title\": \"hei\", \"tags\": [\"a\", \"b\"]}";
		Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length() - 1);
		Arbitrary<String> insert = Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "\\", "\\u0000", "\\ud800", "1",
				"true", "null", "\u0000", "{\"title\": 12}", "\"tags\": \"x\"", "]]]]", "\\x");
		return net.jqwik.api.Combinators.combine(position, position, insert)
			.as((from, to, text) -> valid.substring(0, Math.min(from, to)) + text + valid.substring(Math.max(from, to)));
	}

}

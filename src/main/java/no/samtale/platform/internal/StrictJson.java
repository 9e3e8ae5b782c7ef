package no.samtale.platform.internal;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Every string read from a request body, wherever it sits in the JSON, is a string that was written as one and holds
 * no NUL and no lone surrogate: PostgreSQL cannot store a NUL (a 500), and a lone surrogate stored on H2 makes the
 * row's JSON unreadable afterwards. A number or boolean where text is expected is refused rather than turned into
 * text. Either way the answer is a 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	JsonMapperBuilderCustomizer strictStrings() {
		return builder -> builder.addModule(new SimpleModule("samtale-strict-strings").addDeserializer(String.class,
				new StrictStringDeserializer()));
	}

	/** A character a request may not hold; raised with the JSON path of the string. */
	static final class InvalidCharacterException extends MismatchedInputException {

		InvalidCharacterException(JsonParser parser, String message) {
			super(parser, message, String.class);
		}

	}

	/** Where the first NUL or lone surrogate of {@code text} is, or -1. */
	static int firstForbiddenChar(CharSequence text) {
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return i;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return i;
			}
			if (Character.isLowSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	static final class StrictStringDeserializer extends StdScalarDeserializer<String> {

		StrictStringDeserializer() {
			super(String.class);
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.hasToken(JsonToken.VALUE_STRING) || parser.hasToken(JsonToken.PROPERTY_NAME)) {
				String text = parser.getString();
				if (firstForbiddenChar(text) >= 0) {
					throw new InvalidCharacterException(parser,
							"A string holds a NUL character or a lone surrogate, which cannot be stored");
				}
				return text;
			}
			return (String) context.handleUnexpectedToken(String.class, parser);
		}

	}

}

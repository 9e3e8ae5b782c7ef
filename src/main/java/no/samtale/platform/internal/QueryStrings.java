package no.samtale.platform.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The parameters of a query string as written, decoded, in order; a bad escape is kept as written. */
final class QueryStrings {

	private QueryStrings() {
	}

	static List<Map.Entry<String, String>> parse(String query) {
		List<Map.Entry<String, String>> parameters = new ArrayList<>();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			parameters.add(Map.entry(decode(name), decode(value)));
		}
		return parameters;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return text;
		}
	}

}

package no.samtale.channels.internal.connect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Query strings and form bodies ({@code application/x-www-form-urlencoded}). */
public final class Forms {

	private Forms() {
	}

	public static String encode(Map<String, String> params) {
		return params.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}

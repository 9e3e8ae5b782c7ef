package no.samtale.guide.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.samtale.guide.GuideChannel;
import no.samtale.guide.internal.GuideDocument.Need;
import no.samtale.guide.internal.GuideDocument.Topic;
import no.samtale.guide.internal.GuideViews.GuideAnswerView;
import no.samtale.guide.internal.GuideViews.GuideRouteView;

/**
 * The guide as one plain HTML page that needs no script: a GET form whose choices are fieldsets of radio buttons, the
 * routes as a list best first, a skip link, landmarks and the page's language. Every text is escaped here.
 */
final class GuidePageHtml {

	/** What the citizen asked, as typed; an error names the parameter the guide could not use. */
	record Asked(@Nullable String topic, @Nullable String need, @Nullable String place, String lang,
			@Nullable String errorField) {
	}

	private static final String STYLE = """
			*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
			font-size:1.125rem;line-height:1.5;color:#23262a;background:#fff}
			.skip{position:absolute;left:-999px;top:0;background:#fff;color:#0034ad;padding:.5rem 1rem}
			.skip:focus{left:.5rem}header,main,footer{max-width:44rem;margin:0 auto;padding:1rem}
			header nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;margin:0;padding:0}
			a{color:#0034ad}a:focus,button:focus,input:focus{outline:3px solid #23262a;outline-offset:2px}
			fieldset{border:1px solid #6f7785;border-radius:4px;margin:0 0 1.25rem;padding:.75rem 1rem}
			legend{font-weight:700;padding:0 .25rem}.choice{display:flex;gap:.5rem;align-items:center;padding:.3rem 0}
			.choice input{width:1.4rem;height:1.4rem;margin:0;flex:none}label{cursor:pointer}
			.field label{display:block;font-weight:700}.field input{font-size:1.125rem;padding:.5rem;width:100%;
			max-width:20rem;border:1px solid #6f7785;border-radius:4px}.hint{color:#4a515c;margin:.25rem 0}
			button{font-size:1.125rem;padding:.75rem 1.25rem;margin-top:1rem;background:#0067c5;color:#fff;border:0;
			border-radius:4px;cursor:pointer}.routes{list-style:none;padding:0}.routes li{border:1px solid #6f7785;
			border-left:6px solid #0067c5;border-radius:4px;padding:.75rem 1rem;margin:0 0 1rem}.routes h3{margin:0 0 .25rem}
			.error{border:2px solid #c30000;border-radius:4px;padding:.75rem 1rem;margin:0 0 1.5rem}
			.error p{margin:.25rem 0}.advice{background:#ebfcff;border-radius:4px;padding:.75rem 1rem}
			[aria-invalid=true]{border-color:#c30000!important;border-width:2px!important}
			""";

	private GuidePageHtml() {
	}

	static String page(@Nullable CompiledGuide guide, Asked asked, @Nullable GuideAnswerView answer,
			List<GuideRouteView> fallback) {
		String lang = asked.lang();
		StringBuilder html = new StringBuilder(8192);
		html.append("<!doctype html>\n<html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			// No icon to fetch: every request a citizen's browser makes stays in the cookie-free chain.
			.append("<link rel=\"icon\" href=\"data:,\">")
			.append("<title>").append(esc(answer == null ? t(lang, "title") : answer.topicName() + " – " + t(lang, "title")))
			.append(" – NAV</title><style>").append(STYLE).append("</style></head><body>")
			.append("<a class=\"skip\" href=\"#main\">").append(esc(t(lang, "skip"))).append("</a>");
		languages(html, asked);
		html.append("<main id=\"main\" tabindex=\"-1\"><h1>").append(esc(t(lang, "title"))).append("</h1>");
		if (guide == null) {
			html.append("<p>").append(esc(t(lang, "notSetUp"))).append("</p>");
		}
		else {
			if (asked.errorField() != null) {
				error(html, asked, fallback);
			}
			else if (answer != null) {
				results(html, asked, answer);
			}
			else {
				html.append("<p>").append(esc(t(lang, "intro"))).append("</p>");
			}
			form(html, guide, asked);
		}
		html.append("</main><footer><p>NAV</p></footer></body></html>");
		return html.toString();
	}

	private static void languages(StringBuilder html, Asked asked) {
		html.append("<header><nav aria-label=\"").append(esc(t(asked.lang(), "languages"))).append("\"><ul>");
		String[][] languages = { { "nb", "Bokmål" }, { "nn", "Nynorsk" }, { "en", "English" } };
		for (String[] language : languages) {
			html.append("<li><a lang=\"").append(language[0]).append("\" href=\"")
				.append(esc(address("/veiviser", asked.topic(), asked.need(), asked.place(), language[0], null)))
				.append('"').append(language[0].equals(asked.lang()) ? " aria-current=\"page\"" : "").append('>')
				.append(language[1]).append("</a></li>");
		}
		html.append("</ul></nav></header>");
	}

	private static void error(StringBuilder html, Asked asked, List<GuideRouteView> fallback) {
		String lang = asked.lang();
		html.append("<section class=\"error\" aria-labelledby=\"error-title\"><h2 id=\"error-title\">")
			.append(esc(t(lang, "errorTitle"))).append("</h2><p id=\"error-detail\">")
			.append(esc(t(lang, "error." + asked.errorField()))).append("</p><p>").append(esc(t(lang, "fallback")))
			.append("</p>");
		routes(html, asked, fallback, false);
		html.append("</section>");
	}

	private static void results(StringBuilder html, Asked asked, GuideAnswerView answer) {
		String lang = asked.lang();
		html.append("<section aria-labelledby=\"results\"><h2 id=\"results\">").append(esc(t(lang, "results")))
			.append("</h2><p>").append(esc(t(lang, "resultsFor"))).append(' ').append(esc(answer.topicName()))
			.append(answer.needName() == null ? "" : ", " + esc(answer.needName())).append(".</p>");
		if (answer.advice() != null) {
			html.append("<p class=\"advice\">").append(esc(answer.advice())).append("</p>");
		}
		routes(html, asked, answer.routes(), !"crisis".equals(answer.need()));
		html.append("</section>");
	}

	private static void routes(StringBuilder html, Asked asked, List<GuideRouteView> routes, boolean showWaits) {
		String lang = asked.lang();
		html.append("<ol class=\"routes\">");
		for (GuideRouteView route : routes) {
			html.append("<li><h3>").append(esc(route.title())).append("</h3>");
			if (route.description() != null) {
				html.append("<p>").append(esc(route.description())).append("</p>");
			}
			if (route.phone() != null) {
				html.append("<p>").append(esc(t(lang, "phone"))).append(": <strong>").append(esc(route.phone()))
					.append("</strong></p>");
			}
			if (route.address() != null) {
				html.append("<p>").append(esc(t(lang, "address"))).append(": ").append(esc(route.address())).append("</p>");
			}
			else if (route.channel() == GuideChannel.OFFICE && asked.errorField() == null) {
				html.append("<p>").append(esc(t(lang, "findOffice"))).append("</p>");
			}
			if (route.openingHours() != null) {
				html.append("<p>").append(esc(t(lang, "hours"))).append(": ").append(esc(route.openingHours()))
					.append(Boolean.TRUE.equals(route.openNow()) ? " " + esc(t(lang, "open"))
							: Boolean.FALSE.equals(route.openNow()) ? " " + esc(t(lang, "closed")) : "")
					.append("</p>");
			}
			if (showWaits && (route.channel() == GuideChannel.CHAT || route.channel() == GuideChannel.PHONE)
					&& !Boolean.FALSE.equals(route.openNow())) {
				html.append("<p>").append(route.waitMinutes() == null ? esc(t(lang, "waitUnknown"))
						: route.waitMeasuredOn() != null
								? esc(t(lang, "phoneWait").formatted(route.waitMinutes(), day(route.waitMeasuredOn(), lang)))
								: esc(t(lang, "wait").formatted(route.waitMinutes()))).append("</p>");
			}
			if (route.url() != null || route.phone() != null) {
				String label = route.url() == null ? t(lang, "call") + " " + route.phone() : t(lang, "go") + ": " + route.title();
				html.append("<p><a href=\"").append(esc(address("/veiviser/videre", asked.topic(), asked.need(),
						asked.place(), lang, route.channel()))).append("\">").append(esc(label)).append("</a></p>");
			}
			html.append("</li>");
		}
		html.append("</ol>");
	}

	private static void form(StringBuilder html, CompiledGuide guide, Asked asked) {
		String lang = asked.lang();
		html.append("<form method=\"get\" action=\"/veiviser\"><input type=\"hidden\" name=\"lang\" value=\"")
			.append(lang).append("\"><fieldset><legend>").append(esc(t(lang, "topic"))).append("</legend>");
		for (Topic topic : guide.document().topics()) {
			radio(html, "topic", topic.key(), topic.name().in(lang), topic.key().equals(asked.topic()));
		}
		html.append("</fieldset><fieldset><legend>").append(esc(t(lang, "need"))).append("</legend>");
		radio(html, "need", "", t(lang, "noNeed"), asked.need() == null || asked.need().isEmpty());
		for (Need need : guide.document().needs() == null ? List.<Need>of() : guide.document().needs()) {
			radio(html, "need", need.key(), need.name().in(lang), need.key().equals(asked.need()));
		}
		boolean badPlace = "municipality".equals(asked.errorField());
		html.append("</fieldset><div class=\"field\"><label for=\"municipality\">").append(esc(t(lang, "place")))
			.append("</label><p class=\"hint\" id=\"municipality-hint\">").append(esc(t(lang, "placeHint")))
			.append("</p><input id=\"municipality\" name=\"municipality\" type=\"text\" autocomplete=\"postal-code\"")
			.append(" aria-describedby=\"municipality-hint").append(badPlace ? " error-detail" : "").append('"')
			.append(badPlace ? " aria-invalid=\"true\"" : "").append(" value=\"")
			.append(esc(asked.place() == null ? "" : asked.place())).append("\"></div><button type=\"submit\">")
			.append(esc(t(lang, "submit"))).append("</button></form>");
	}

	private static void radio(StringBuilder html, String name, String value, String label, boolean checked) {
		String id = name + "-" + (value.isEmpty() ? "none" : value);
		html.append("<div class=\"choice\"><input type=\"radio\" name=\"").append(name).append("\" id=\"")
			.append(esc(id)).append("\" value=\"").append(esc(value)).append('"')
			.append(checked ? " checked" : "").append(name.equals("topic") ? " required" : "").append("><label for=\"")
			.append(esc(id)).append("\">").append(esc(label)).append("</label></div>");
	}

	static String address(String path, @Nullable String topic, @Nullable String need, @Nullable String place,
			String lang, @Nullable GuideChannel channel) {
		StringBuilder address = new StringBuilder(path).append("?lang=").append(lang);
		parameter(address, "topic", topic);
		parameter(address, "need", need);
		parameter(address, "municipality", place);
		parameter(address, "channel", channel == null ? null : channel.name());
		return address.toString();
	}

	private static void parameter(StringBuilder address, String name, @Nullable String value) {
		if (value != null && !value.isEmpty()) {
			address.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	/** A day as the page's language writes it: "3. desember" (nb, nn), "3 December" (en). */
	static String day(java.time.LocalDate day, String lang) {
		java.util.Locale locale = lang.equals("en") ? java.util.Locale.UK : java.util.Locale.forLanguageTag(lang);
		return java.time.format.DateTimeFormatter.ofPattern(lang.equals("en") ? "d MMMM" : "d. MMMM", locale).format(day);
	}

	private static String t(String lang, String key) {
		return GuidePageTexts.text(lang, key);
	}

	static String esc(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}

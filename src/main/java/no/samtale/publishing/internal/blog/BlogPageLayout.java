package no.samtale.publishing.internal.blog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The frame of every public blog page: Norwegian (bokmål), a skip link, a banner with the blog's name, one main
 * region and a footer, styled for reading on a phone (390 px) and a desktop alike without any script. Colours keep
 * at least 4.5:1 contrast; the focus ring is always visible.
 */
final class BlogPageLayout {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"));

	private static final String STYLE = """
			*{box-sizing:border-box}
			body{margin:0;font-family:"Source Sans 3","Source Sans Pro",Arial,sans-serif;font-size:1.125rem;
			line-height:1.6;color:#23262a;background:#fff}
			a{color:#0056b4}a:hover{text-decoration:none}
			:focus-visible{outline:3px solid #23262a;outline-offset:2px;box-shadow:0 0 0 5px #99c2e8}
			.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
			.skip:focus{left:1rem}
			header,main,footer{padding:1rem}
			header{border-bottom:1px solid #cfd3d8}
			header a{font-weight:700;font-size:1.25rem;text-decoration:none;color:#23262a}
			.wrap{max-width:42rem;margin:0 auto}
			h1{font-size:2rem;line-height:1.25;margin:1rem 0 .5rem}
			h2{font-size:1.5rem;line-height:1.3;margin:2rem 0 .5rem}
			h3{font-size:1.25rem;margin:1.5rem 0 .25rem}
			.meta{color:#49515c;font-size:1rem}
			.lead{font-size:1.25rem}
			.posts{list-style:none;padding:0}.posts li{border-bottom:1px solid #cfd3d8;padding:.5rem 0 1rem}
			.posts h2{margin-top:1rem}
			.qa{list-style:none;padding:0}.qa>li{border-left:4px solid #0056b4;padding:.25rem 0 .25rem 1rem;margin:1rem 0}
			.answer{background:#f1f1f1;padding:.5rem 1rem;margin-top:.5rem}
			form label{display:block;font-weight:600;margin-top:1rem}
			.hint{display:block;color:#49515c;font-size:1rem;font-weight:400}
			input,textarea{width:100%;font:inherit;padding:.5rem;border:1px solid #6a6a6a;border-radius:4px}
			textarea{min-height:8rem}
			button{margin-top:1rem;font:inherit;font-weight:600;color:#fff;background:#0056b4;border:0;
			border-radius:4px;padding:.6rem 1.25rem;cursor:pointer}
			.error{color:#c30000;font-weight:600}
			.summary{border:2px solid #c30000;padding:.5rem 1rem;margin:1rem 0}
			.received{border:2px solid #06893a;padding:.5rem 1rem;margin:1rem 0}
			footer{border-top:1px solid #cfd3d8;margin-top:3rem;font-size:1rem}
			img{max-width:100%;height:auto}
			pre{overflow-x:auto}
			""";

	private BlogPageLayout() {
	}

	/** A whole page; {@code main} is HTML already escaped. */
	static String page(Blog blog, String title, String description, String feedHref, String main) {
		return """
				<!doctype html>
				<html lang="nb">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				<meta name="description" content="%s">
				<link rel="alternate" type="application/atom+xml" title="%s" href="%s">
				<style>%s</style>
				</head>
				<body>
				<a class="skip" href="#innhold">Hopp til hovedinnhold</a>
				<header><div class="wrap"><a href="/blogg/%s">%s</a></div></header>
				<main id="innhold" tabindex="-1"><div class="wrap">
				%s
				</div></main>
				<footer><div class="wrap"><p>%s. <a href="%s">Abonner med Atom-feed</a>.</p></div></footer>
				</body>
				</html>
				""".formatted(esc(title), esc(description), esc(blog.title()), esc(feedHref), STYLE, esc(blog.slug()),
				esc(blog.title()), main, esc(blog.title()), esc(feedHref));
	}

	static String date(Instant instant) {
		return "<time datetime=\"" + instant + "\">" + esc(DATE.format(instant.atZone(OSLO))) + "</time>";
	}

	/** Text for HTML content and attribute values alike. */
	static String esc(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** Plain text with its line breaks kept, as readers and advisors wrote it. */
	static String paragraphs(String text) {
		StringBuilder out = new StringBuilder();
		for (String paragraph : text.strip().split("\\n\\s*\\n")) {
			out.append("<p>").append(esc(paragraph.strip()).replace("\n", "<br>")).append("</p>");
		}
		return out.toString();
	}

}

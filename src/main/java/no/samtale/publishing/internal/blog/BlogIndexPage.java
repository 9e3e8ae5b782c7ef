package no.samtale.publishing.internal.blog;

import static no.samtale.publishing.internal.blog.BlogPageLayout.esc;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * /blogg without a blog's address: a citizen's URL, so it lists the blogs rather than letting the staff app's shell
 * (and its login) answer it (walk report F17). Public and sessionless like the blogs themselves ({@link BlogEdge}).
 */
@Hidden
@Controller
class BlogIndexPage {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final BlogStore store;

	BlogIndexPage(BlogStore store) {
		this.store = store;
	}

	@GetMapping({ "/blogg", "/blogg/" })
	@ResponseBody
	ResponseEntity<String> index() {
		return ResponseEntity.ok()
			.contentType(HTML)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
			.body(page(store.allBlogs()));
	}

	static String page(List<Blog> blogs) {
		String items = blogs.stream()
			.map(blog -> "<li><a href=\"/blogg/%s\">%s</a>%s</li>".formatted(esc(blog.slug()), esc(blog.title()),
					blog.description() == null || blog.description().isBlank() ? ""
							: "<p>" + esc(blog.description()) + "</p>"))
			.collect(Collectors.joining("\n"));
		String main = blogs.isEmpty() ? "<p>Det er ingen blogger her ennå.</p>" : "<ul>\n" + items + "\n</ul>";
		return """
				<!doctype html>
				<html lang="nb">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Blogger fra NAV</title>
				<style>body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:44rem;padding:1rem}
				a{color:#0067c5}li{margin-bottom:1rem}li p{margin:.25rem 0 0}</style>
				</head>
				<body>
				<main id="innhold">
				<h1>Blogger fra NAV</h1>
				%s
				</main>
				</body>
				</html>
				""".formatted(main);
	}

}

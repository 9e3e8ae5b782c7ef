package no.samtale.publishing.internal.blog;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Hidden;

import no.samtale.publishing.internal.blog.BlogComments.Outcome;
import no.samtale.publishing.internal.blog.BlogHtml.FormState;

/**
 * The blog as readers see it, rendered on the server (no script, no login): the list of articles, an article with
 * its answered questions and the question form, and the Atom feed. Pages carry an ETag and may be cached a minute,
 * the feed five; an answer approved in the inbox shows within that minute.
 */
@Controller
@Hidden
class BlogPages {

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private static final int LIST_SIZE = 50;

	private final BlogStore store;

	private final BlogCommentStore comments;

	private final BlogComments intake;

	private final BlogHtml html;

	private final BlogFeed feed;

	private final CommentFormTokens tokens;

	BlogPages(BlogStore store, BlogCommentStore comments, BlogComments intake, BlogHtml html, BlogFeed feed,
			CommentFormTokens tokens) {
		this.store = store;
		this.comments = comments;
		this.intake = intake;
		this.html = html;
		this.feed = feed;
		this.tokens = tokens;
	}

	@GetMapping("/blogg/{blogSlug}")
	@ResponseBody
	ResponseEntity<String> list(@PathVariable String blogSlug) {
		Optional<Blog> blog = store.blogBySlug(blogSlug);
		if (blog.isEmpty()) {
			return unknownBlog();
		}
		return cached(html.list(blog.get(), store.published(blog.get().id(), Instant.now(), LIST_SIZE)), HTML,
				Duration.ofMinutes(1));
	}

	@GetMapping("/blogg/{blogSlug}/atom.xml")
	@ResponseBody
	ResponseEntity<String> atom(@PathVariable String blogSlug) {
		Optional<Blog> blog = store.blogBySlug(blogSlug);
		if (blog.isEmpty()) {
			return unknownBlog();
		}
		return cached(feed.atom(blog.get(), store.published(blog.get().id(), Instant.now(), LIST_SIZE)), ATOM,
				Duration.ofMinutes(5));
	}

	@GetMapping("/blogg/{blogSlug}/{postSlug}")
	@ResponseBody
	ResponseEntity<String> article(@PathVariable String blogSlug, @PathVariable String postSlug,
			@RequestParam(name = "kommentar", required = false) String comment) {
		Optional<Blog> blog = store.blogBySlug(blogSlug);
		if (blog.isEmpty()) {
			return unknownBlog();
		}
		Instant now = Instant.now();
		Optional<BlogPost> post = store.postBySlug(blog.get().id(), postSlug).filter(found -> found.publicAt(now));
		if (post.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(html.notFound(blog.get()));
		}
		FormState form = "mottatt".equals(comment) ? new FormState(true, null, null, "", "") : FormState.empty();
		return cached(page(blog.get(), post.get(), form, now), HTML, Duration.ofMinutes(1));
	}

	/**
	 * A reader's question. Taken: 303 back to the article, which thanks them (a reload sends nothing again). Not
	 * taken: the article again, 400, with what they wrote and why. A form sent from another site is refused.
	 */
	@PostMapping(path = "/blogg/{blogSlug}/{postSlug}/kommentarer",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@ResponseBody
	ResponseEntity<String> comment(@PathVariable String blogSlug, @PathVariable String postSlug,
			@RequestParam(name = "skjema", required = false) String token,
			@RequestParam(name = "navn", required = false) String name,
			@RequestParam(name = "kommentar", required = false) String body, HttpServletRequest request) {
		Optional<Blog> blog = store.blogBySlug(blogSlug);
		if (blog.isEmpty()) {
			return unknownBlog();
		}
		Instant now = Instant.now();
		Optional<BlogPost> post = store.postBySlug(blog.get().id(), postSlug).filter(found -> found.publicAt(now));
		if (post.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(html.notFound(blog.get()));
		}
		if (!sameOrigin(request)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN)
				.body("Skjemaet må sendes fra bloggens egen side.");
		}
		Outcome outcome = intake.receive(blog.get(), post.get(), token, name, body, now);
		if (outcome.refusal().isEmpty()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(BlogLinks.postPath(blog.get(), post.get()) + "?kommentar=mottatt#kommenter"))
				.build();
		}
		FormState form = new FormState(false, outcome.refusal().get(), outcome.field(), name == null ? "" : name,
				body == null ? "" : body);
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(HTML)
			.cacheControl(CacheControl.noStore()).body(page(blog.get(), post.get(), form, now));
	}

	private String page(Blog blog, BlogPost post, FormState form, Instant now) {
		return html.article(blog, post, comments.answered(post.id()), tokens.issue(post.id(), now), form);
	}

	/** A browser names the page's origin on a form post; another site's origin is refused. No Origin: not a browser. */
	private static boolean sameOrigin(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin == null || origin.equals("null")) {
			return origin == null;
		}
		try {
			URI uri = URI.create(origin);
			int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
			return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static ResponseEntity<String> cached(String body, MediaType type, Duration maxAge) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(maxAge).cachePublic())
			.eTag("\"" + digest(body) + "\"")
			.body(body);
	}

	private static ResponseEntity<String> unknownBlog() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body("""
				<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Fant ikke siden</title></head>
				<body><main><h1>Fant ikke siden</h1><p>Denne bloggen finnes ikke.</p></main></body></html>
				""");
	}

	private static String digest(String body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

}

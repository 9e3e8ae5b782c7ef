package no.samtale.publishing.internal.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * The blog through the API and as readers get it: bad input named by field, markup that cannot run, the demo's
 * articles on the public pages with caching, a valid Atom feed, the form's refusals, and sharing on social accounts.
 */
class BlogIntegrationTests extends IntegrationTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	JdbcClient jdbc;

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
		Api expert = api().asDemo("fagperson");
		long blogId = BlogSteps.demoBlog(api().asDemo("redaktor"));
		String posts = "/api/v1/publishing/blog/" + blogId + "/posts";
		String marker = UUID.randomUUID().toString();
		String taken = "Fast adresse " + marker;
		assertThat(expert.post(posts, BlogSteps.post(taken, "Tekst")).status()).isEqualTo(201);

		Api.Response noTitle = expert.post(posts, "{\"summary\": \"Kort " + marker + "\", \"body\": \"Tekst\", \"expertName\": \"Per\"}");
		Api.Response duplicate = expert.post(posts, BlogSteps.post(taken, "Tekst"));
		Api.Response badSlug = expert.post(posts, "{\"title\": \"Tittel " + marker + "\", \"slug\": \"Ikke Gyldig!\", "
				+ "\"summary\": \"Kort\", \"body\": \"Tekst\", \"expertName\": \"Per\"}");
		Api.Response identity = expert.post(posts, BlogSteps.post("Nummer " + marker, "Mitt nummer er 150885 10140"));
		Api.Response tooLong = expert.post(posts, BlogSteps.post("Lang " + marker, "a".repeat(7001)));
		Api.Response noExpert = expert.post(posts, "{\"title\": \"Uten " + marker + "\", \"summary\": \"Kort\", \"body\": \"Tekst\"}");
		Api.Response outsider = api().asDemo("veileder4").post(posts, BlogSteps.post("Utenfra " + marker, "Tekst"));

		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.json().path("field").asString()).isEqualTo("title");
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.problemType()).isEqualTo("urn:samtale:problem:blog-slug-taken");
		assertThat(duplicate.json().path("field").asString()).isEqualTo("slug");
		assertThat(badSlug.json().path("field").asString()).isEqualTo("slug");
		assertThat(identity.status()).isEqualTo(422);
		assertThat(identity.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(identity.json().path("field").asString()).isEqualTo("body");
		assertThat(tooLong.json().path("field").asString()).isEqualTo("body");
		assertThat(noExpert.json().path("field").asString()).isEqualTo("expertName");
		assertThat(outsider.status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from publishing_blog_post where title like :t").param("t", "%" + marker)
			.query(Long.class).single()).as("only the first post").isEqualTo(1);
	}

	@Test
	void markupInAPostIsShownAsTextAndNeverRuns() {
		long blogId = BlogSteps.demoBlog(api().asDemo("redaktor"));
		JsonNode post = BlogSteps.published(api().asDemo("fagperson"), api().asDemo("redaktor"), blogId,
				"Trygg tekst " + TestText.unique(),
				"<script>alert(1)</script>\\n\\nog <img src=x onerror=alert(2)> og [lenke](javascript:alert(3)) og **fet**");

		String page = api().getAny(post.path("path").asString()).body();
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
				"<strong>fet</strong>");
		assertThat(page).doesNotContain("<script>alert", "<img src=x", "javascript:");
		assertThat(post.path("bodyHtml").asString()).doesNotContain("<script>");
	}

	@Test
	void theDemoArticlesArePublicWithCachingAndAValidAtomFeed() throws Exception {
		JsonNode special = BlogSteps.published(api().asDemo("fagperson"), api().asDemo("redaktor"),
				BlogSteps.demoBlog(api().asDemo("redaktor")), "AFP & alderspensjon <2026> " + UUID.randomUUID(),
				"Tekst med \\\"anførsel\\\" & <tegn>");

		Api.Response list = api().getAny(BlogSteps.BLOG);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.contentType()).startsWith("text/html");
		assertThat(list.body()).contains("<html lang=\"nb\">", "Hopp til hovedinnhold", "<main id=\"innhold\"",
				"Alderspensjon fra 62 år", "AFP i privat sektor: har du rett?", "Uttak av pensjon: søk i god tid",
				"application/atom+xml");
		assertThat(list.header("Cache-Control")).contains("max-age=60", "public");
		assertThat(list.header("Set-Cookie")).as("no session for a reader").isNull();
		String etag = list.header("ETag");
		assertThat(etag).isNotBlank();
		assertThat(api().header("If-None-Match", etag).getAny(BlogSteps.BLOG).status()).isEqualTo(304);

		Api.Response feed = api().getAny(BlogSteps.BLOG + "/atom.xml");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document atom = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
		Element root = atom.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(text(root, "title")).isEqualTo("Det er din pensjon");
		assertThat(text(root, "id")).startsWith("http").endsWith(BlogSteps.BLOG);
		assertThat(java.time.Instant.parse(text(root, "updated"))).isNotNull();
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isGreaterThanOrEqualTo(4);
		Element newest = (Element) entries.item(0);
		assertThat(text(newest, "title")).isEqualTo(special.path("title").asString());
		assertThat(text(newest, "id")).endsWith(special.path("path").asString());
		assertThat(((Element) newest.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
			.endsWith(special.path("path").asString());
		assertThat(text(newest, "content")).contains("&lt;tegn&gt;");
		assertThat(text(newest, "author")).isEqualTo("Per Kristian Moen");
		assertThat(api().getAny("/blogg/finnes-ikke").status()).isEqualTo(404);
	}

	@Test
	void theCommentFormRefusesWhatItMustNotTakeAndStoresNothing() {
		long blogId = BlogSteps.demoBlog(api().asDemo("redaktor"));
		String path = BlogSteps.published(api().asDemo("fagperson"), api().asDemo("redaktor"), blogId,
				"Skjema " + TestText.unique(), "Tekst").path("path").asString();
		Api reader = api().from("10.78.2." + (1 + (int) (Math.random() * 200)));
		String token = BlogSteps.formToken(reader.getAny(path).body());
		String marker = UUID.randomUUID().toString();

		Api.Response empty = BlogSteps.comment(reader, path, token, "", "  ");
		Api.Response identity = BlogSteps.comment(reader, path, token, "", "Mitt fnr er 150885 10140 " + marker);
		Api.Response forged = BlogSteps.comment(reader, path, "1.2.falsk", "", "Hei " + marker);
		Api.Response foreign = BlogSteps.comment(api().from("10.78.3.1").header("Origin", "https://annen.example"),
				path, token, "", "Hei " + marker);

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("Skriv spørsmålet ditt", "aria-invalid=\"true\"", "href=\"#kommentar\"");
		assertThat(identity.status()).isEqualTo(400);
		assertThat(identity.body()).contains("fødselsnummer");
		assertThat(forged.status()).isEqualTo(400);
		assertThat(forged.body()).contains("Skjemaet er for gammelt");
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from publishing_blog_comment where body like :b").param("b", "%" + marker)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aPublishedPostIsSharedAsDraftsOnSocialAccountsInOneStep() {
		Api editor = api().asDemo("redaktor");
		long blogId = BlogSteps.demoBlog(editor);
		JsonNode post = BlogSteps.published(api().asDemo("fagperson"), editor, blogId,
				"Del meg " + TestText.unique(), "Tekst");
		long x = account(editor, "X");
		long facebook = account(editor, "FACEBOOK");

		Api.Response shared = editor.post("/api/v1/publishing/blog/posts/" + post.path("id").asLong() + "/share",
				"{\"accountIds\": [" + x + ", " + facebook + "]}");
		Api.Response none = editor.post("/api/v1/publishing/blog/posts/" + post.path("id").asLong() + "/share",
				"{\"accountIds\": []}");
		long draftId = api().asDemo("fagperson").post("/api/v1/publishing/blog/" + blogId + "/posts",
				BlogSteps.post("Utkast " + TestText.unique(), "Tekst")).json().path("id").asLong();
		Api.Response notPublic = editor.post("/api/v1/publishing/blog/posts/" + draftId + "/share",
				"{\"accountIds\": [" + x + "]}");

		assertThat(shared.status()).as(shared.body()).isEqualTo(201);
		JsonNode drafts = shared.json().path("posts");
		assertThat(drafts.size()).isEqualTo(2);
		for (JsonNode draft : drafts) {
			assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
			assertThat(draft.path("link").asString()).startsWith("http").endsWith(post.path("path").asString());
			assertThat(draft.path("text").asString()).startsWith(post.path("title").asString());
			JsonNode stored = editor.get("/api/v1/publishing/posts/" + draft.path("id").asLong()).json();
			assertThat(stored.path("status").asString()).isEqualTo("DRAFT");
		}
		assertThat(none.json().path("field").asString()).isEqualTo("accountIds");
		assertThat(notPublic.status()).isEqualTo(409);
		assertThat(notPublic.problemType()).isEqualTo("urn:samtale:problem:blog-post-state");

		Api.Response withdrawn = editor.post("/api/v1/publishing/blog/posts/" + post.path("id").asLong() + "/withdraw", "");
		assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(api().getAny(post.path("path").asString()).status()).isEqualTo(404);
	}

	private static long account(Api editor, String platform) {
		for (JsonNode account : editor.get("/api/v1/channels/accounts").json()) {
			if (account.path("name").asString().equals("NAV Kunnskap")
					&& account.path("platform").asString().equals(platform)) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No NAV Kunnskap account on " + platform);
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent().strip();
	}

}

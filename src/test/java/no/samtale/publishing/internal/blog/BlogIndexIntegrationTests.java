package no.samtale.publishing.internal.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Walk report F17: /blogg without a blog's address lists the blogs for a citizen, never the staff login. */
class BlogIndexIntegrationTests extends IntegrationTest {

	@Test
	void theBlogAddressWithoutASlugListsThePublicBlogs() {
		for (String path : new String[] { "/blogg", "/blogg/" }) {
			Api.Response index = api().getAny(path);

			assertThat(index.status()).as(path).isEqualTo(200);
			assertThat(index.contentType()).startsWith("text/html");
			assertThat(index.body()).contains("<html lang=\"nb\">", "<h1>Blogger fra NAV</h1>",
					"href=\"/blogg/" + BlogDemo.SLUG + "\"");
			assertThat(index.body()).doesNotContain("Logg inn");
			assertThat(index.header("Set-Cookie")).as("no session for a reader").isNull();
		}
	}

}

package no.samtale.publishing.internal.blog;

import static no.samtale.publishing.internal.blog.BlogPageLayout.date;
import static no.samtale.publishing.internal.blog.BlogPageLayout.esc;
import static no.samtale.publishing.internal.blog.BlogPageLayout.paragraphs;

import java.util.List;

import org.springframework.stereotype.Component;

import no.samtale.publishing.internal.blog.BlogCommentStore.AnsweredComment;
import no.samtale.publishing.internal.blog.BlogComments.Refusal;

/** The blog's public pages as HTML: the list of articles, an article with its answered comments and the form. */
@Component
class BlogHtml {

	/** What the comment form shows: nothing, the thanks after a comment, or why one was not taken. */
	record FormState(boolean received, Refusal refusal, String field, String name, String body) {

		static FormState empty() {
			return new FormState(false, null, null, "", "");
		}

	}

	private final BlogMarkdown markdown;

	BlogHtml(BlogMarkdown markdown) {
		this.markdown = markdown;
	}

	String list(Blog blog, List<BlogPost> posts) {
		StringBuilder main = new StringBuilder();
		main.append("<h1>").append(esc(blog.title())).append("</h1>");
		main.append("<p class=\"lead\">").append(esc(blog.description())).append("</p>");
		if (posts.isEmpty()) {
			main.append("<p>Ingen artikler er publisert ennå.</p>");
		}
		else {
			main.append("<ul class=\"posts\" aria-label=\"Artikler\">");
			for (BlogPost post : posts) {
				main.append("<li><article><h2><a href=\"").append(esc(BlogLinks.postPath(blog, post))).append("\">")
					.append(esc(post.title())).append("</a></h2>")
					.append("<p class=\"meta\">").append(esc(post.expertName())).append(" · ")
					.append(date(post.publishedAt())).append("</p>")
					.append("<p>").append(esc(post.summary())).append("</p></article></li>");
			}
			main.append("</ul>");
		}
		return BlogPageLayout.page(blog, blog.title(), blog.description(), feed(blog), main.toString());
	}

	String article(Blog blog, BlogPost post, List<AnsweredComment> comments, String token, FormState form) {
		StringBuilder main = new StringBuilder();
		main.append("<article><h1>").append(esc(post.title())).append("</h1>");
		main.append("<p class=\"meta\">Av ").append(esc(post.expertName()));
		if (post.expertTitle() != null) {
			main.append(", ").append(esc(post.expertTitle()));
		}
		main.append(" · Publisert ").append(date(post.publishedAt())).append("</p>");
		main.append("<p class=\"lead\">").append(esc(post.summary())).append("</p>");
		main.append(markdown.toHtml(post.body())).append("</article>");
		if (blog.accountId() != null) {
			main.append(answered(blog, comments)).append(form(blog, post, token, form));
		}
		main.append("<p><a href=\"/blogg/").append(esc(blog.slug())).append("\">Alle artikler i ")
			.append(esc(blog.title())).append("</a></p>");
		return BlogPageLayout.page(blog, post.title() + " – " + blog.title(), post.summary(), feed(blog),
				main.toString());
	}

	String notFound(Blog blog) {
		String main = "<h1>Fant ikke siden</h1><p>Artikkelen finnes ikke, eller den er ikke publisert ennå.</p>"
				+ "<p><a href=\"/blogg/" + esc(blog.slug()) + "\">Se alle artiklene</a></p>";
		return BlogPageLayout.page(blog, "Fant ikke siden – " + blog.title(), blog.description(), feed(blog), main);
	}

	private static String answered(Blog blog, List<AnsweredComment> comments) {
		StringBuilder out = new StringBuilder("<section aria-labelledby=\"svar\"><h2 id=\"svar\">Spørsmål og svar</h2>");
		if (comments.isEmpty()) {
			out.append("<p>Ingen spørsmål er besvart her ennå.</p>");
		}
		else {
			out.append("<ul class=\"qa\">");
			for (AnsweredComment comment : comments) {
				out.append("<li><h3>").append(esc(comment.authorName() == null ? "En leser" : comment.authorName()))
					.append(" spurte ").append(date(comment.receivedAt())).append("</h3>")
					.append(paragraphs(comment.body()));
				for (BlogCommentStore.Answer answer : comment.answers()) {
					String from = answer.signature() == null ? blog.title() : answer.signature() + ", " + blog.title();
					out.append("<div class=\"answer\"><p class=\"meta\">Svar fra ").append(esc(from)).append(' ')
						.append(date(answer.publishedAt())).append("</p>").append(paragraphs(answer.body()))
						.append("</div>");
				}
				out.append("</li>");
			}
			out.append("</ul>");
		}
		return out.append("</section>").toString();
	}

	private static String form(Blog blog, BlogPost post, String token, FormState form) {
		StringBuilder out = new StringBuilder(
				"<section aria-labelledby=\"kommenter\"><h2 id=\"kommenter\">Still et spørsmål</h2>");
		if (form.received()) {
			out.append("<div class=\"received\" role=\"status\"><p>Takk! Spørsmålet ditt er mottatt. ")
				.append("Vi svarer her under artikkelen, vanligvis innen to virkedager.</p></div>");
		}
		String error = form.refusal() == null ? null : message(form.refusal());
		if (error != null) {
			out.append("<div class=\"summary\" role=\"alert\" tabindex=\"-1\" id=\"feil\"><p class=\"error\">")
				.append("Spørsmålet ble ikke sendt</p><p><a href=\"#").append(esc(form.field())).append("\">")
				.append(esc(error)).append("</a></p></div>");
		}
		out.append("<form method=\"post\" action=\"").append(esc(BlogLinks.postPath(blog, post)))
			.append("/kommentarer\" novalidate>")
			.append("<input type=\"hidden\" name=\"skjema\" value=\"").append(esc(token)).append("\">")
			.append(field("navn", "Navn (valgfritt)", "Vises sammen med spørsmålet. Du kan la det stå tomt.",
					"input", form.name(), error != null && "navn".equals(form.field()) ? error : null))
			.append(field("kommentar", "Spørsmål eller kommentar",
					"Ikke skriv fødselsnummer eller andre personopplysninger. Spørsmålet vises her når vi har svart.",
					"textarea", form.body(), error != null && "kommentar".equals(form.field()) ? error : null))
			.append("<button type=\"submit\">Send spørsmålet</button></form></section>");
		return out.toString();
	}

	private static String field(String id, String label, String hint, String kind, String value, String error) {
		String describedBy = id + "-hint" + (error == null ? "" : " " + id + "-feil");
		StringBuilder out = new StringBuilder("<label for=\"").append(id).append("\">").append(esc(label))
			.append("<span class=\"hint\" id=\"").append(id).append("-hint\">").append(esc(hint)).append("</span></label>");
		if (error != null) {
			out.append("<p class=\"error\" id=\"").append(id).append("-feil\">").append(esc(error)).append("</p>");
		}
		String common = " id=\"" + id + "\" name=\"" + id + "\" aria-describedby=\"" + describedBy + "\""
				+ (error == null ? "" : " aria-invalid=\"true\"");
		if ("textarea".equals(kind)) {
			out.append("<textarea").append(common).append(" required maxlength=\"").append(BlogComments.MAX_BODY)
				.append("\">").append(esc(value)).append("</textarea>");
		}
		else {
			out.append("<input type=\"text\" autocomplete=\"name\"").append(common).append(" maxlength=\"")
				.append(BlogComments.MAX_NAME).append("\" value=\"").append(esc(value)).append("\">");
		}
		return out.toString();
	}

	private static String message(Refusal refusal) {
		return switch (refusal) {
			case EMPTY -> "Skriv spørsmålet ditt før du sender.";
			case TOO_LONG -> "Spørsmålet kan ha høyst " + BlogComments.MAX_BODY + " tegn.";
			case NAME_TOO_LONG -> "Navnet kan ha høyst " + BlogComments.MAX_NAME + " tegn.";
			case IDENTITY_NUMBER -> "Teksten ser ut til å inneholde et fødselsnummer. Fjern det og send igjen.";
			case EXPIRED_FORM -> "Skjemaet er for gammelt. Last inn siden på nytt og send igjen.";
			case CLOSED -> "Denne artikkelen tar ikke imot spørsmål.";
		};
	}

	private static String feed(Blog blog) {
		return "/blogg/" + blog.slug() + "/atom.xml";
	}

}

package no.samtale.platform.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the single-page web shell for every page address (up to three segments, none with a dot), so that a
 * bookmarked or reloaded page works. Addresses of the API, operations, built assets and files are left alone: an
 * unknown API path stays a 404 problem and a missing asset a 404.
 */
@Controller
class WebShellController {

	private static final String FIRST = "{first:^(?!api$|actuator$|assets$|v3$|swagger-ui$|webhooks$|oauth2$|login$|error$)[^.]+$}";

	private static final String NEXT = "{next:[^.]+}";

	private static final String LAST = "{last:[^.]+}";

	@GetMapping({ "/", "/login", "/" + FIRST, "/" + FIRST + "/" + NEXT, "/" + FIRST + "/" + NEXT + "/" + LAST })
	String page() {
		return "forward:/index.html";
	}

}

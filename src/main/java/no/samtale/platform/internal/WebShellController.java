package no.samtale.platform.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the single-page web shell for every page address, so that a bookmarked or reloaded page works at any
 * depth. Addresses of the API, operations and built assets are left alone (an unknown API path stays a 404
 * problem), and so is any root file with a dot in its name (/index.html, /favicon.ico).
 */
@Controller
class WebShellController {

	private static final String PAGE = "/{first:^(?!api$|actuator$|assets$|v3$|swagger-ui$|webhooks$|oauth2$|login$|error$)[^.]+$}";

	@GetMapping({ "/", "/login", PAGE, PAGE + "/**" })
	String page() {
		return "forward:/index.html";
	}

}

package no.samtale.platform.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the single-page web shell for every page address, so a bookmarked or reloaded page works. Addresses of
 * the API, operations and files are left alone: an unknown API path stays a 404 problem.
 */
@Controller
class WebShellController {

	private static final String PAGE = "{page:^(?!api$|actuator$|v3$|swagger-ui$|webhooks$|oauth2$|error$)[^.]+$}";

	@GetMapping({ "/", "/" + PAGE, "/" + PAGE + "/**" })
	String page() {
		return "forward:/index.html";
	}

}

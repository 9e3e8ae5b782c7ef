package no.samtale.platform.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web shell needs to know before anyone has logged in. */
@RestController
class ServiceInfoController {

	private final boolean demo;

	private final boolean oidcEnabled;

	private final String version;

	ServiceInfoController(Environment environment, ObjectProvider<BuildProperties> build) {
		this.demo = environment.getProperty("samtale.demo", Boolean.class, false);
		this.oidcEnabled = StringUtils.hasText(environment.getProperty("samtale.oidc.issuer-uri"));
		BuildProperties properties = build.getIfAvailable();
		this.version = properties == null ? "development" : properties.getVersion();
	}

	@GetMapping("/api/v1/info")
	ServiceInfo info() {
		return new ServiceInfo(demo, oidcEnabled, version);
	}

	record ServiceInfo(boolean demo, boolean oidcEnabled, String version) {
	}

}

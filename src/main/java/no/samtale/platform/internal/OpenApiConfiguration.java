package no.samtale.platform.internal;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API at /v3/api-docs, with the personal API token as its security scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// Each enum becomes a named schema, which the web client's generated types name too (a union of strings).
		ModelResolver.enumsAsRef = true;
	}

	@Bean
	RecordSchemas recordSchemas() {
		return new RecordSchemas();
	}

	@Bean
	OptionalRequestMembers optionalRequestMembers() {
		return new OptionalRequestMembers();
	}

	@Bean
	OpenAPI samtaleOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Samtale API")
				.description("Dialogue platform for public welfare services. Errors are RFC 9457 problem JSON.")
				.version("v1")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("apiToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token from the profile page")))
			.addSecurityItem(new SecurityRequirement().addList("apiToken"));
	}

}

package no.samtale.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.util.StringUtils;

/** Registers the OIDC provider when SAMTALE_OIDC_ISSUER_URI is set; otherwise only local accounts exist. */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcConfiguration.IssuerConfigured.class)
class OidcConfiguration {

	static final String REGISTRATION_ID = "samtale";

	@Bean
	ClientRegistrationRepository oidcClientRegistrations(OidcProperties oidc) {
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
			.registrationId(REGISTRATION_ID)
			.clientId(oidc.clientId())
			.clientSecret(oidc.clientSecret())
			.scope("openid", "profile", "email")
			.userNameAttributeName("NAVident")
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	static class IssuerConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("samtale.oidc.issuer-uri"));
		}

	}

}

package no.samtale.channels.internal.linkedin;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.connect.OAuthClient;
import no.samtale.channels.internal.connect.OAuthProvider;

/**
 * LinkedIn's OAuth 2.0 authorization code flow (3-legged, client credentials as form fields) for a page admin; the
 * connected organization is the first one the member administers ({@code GET /organizationAcls?q=roleAssignee}).
 * Access tokens last 60 days; Community Management apps may also get a refresh token (a year).
 */
@Component
class LinkedInOAuth implements OAuthProvider {

	private final LinkedInSettings settings;

	private final LinkedInApi api;

	LinkedInOAuth(LinkedInSettings settings, LinkedInApi api) {
		this.settings = settings;
		this.api = api;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.LINKEDIN;
	}

	@Override
	public OAuthClient client() {
		return settings;
	}

	@Override
	public String scopes() {
		return "r_organization_social w_organization_social rw_organization_admin";
	}

	@Override
	public Identity identify(long accountId, String accessToken) throws DeliveryFailure {
		JsonNode acls = api.get(accountId, "/organizationAcls", "q=roleAssignee&role=ADMINISTRATOR&state=APPROVED",
				accessToken).json();
		for (JsonNode acl : acls.path("elements")) {
			String organization = acl.path("organization").asString("");
			if (organization.startsWith("urn:li:organization:")) {
				return new Identity(organization, organization);
			}
		}
		throw DeliveryFailure.permanent("The LinkedIn member administers no organization page");
	}

}

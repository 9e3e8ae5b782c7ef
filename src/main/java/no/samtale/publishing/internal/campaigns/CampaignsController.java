package no.samtale.publishing.internal.campaigns;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.publishing.internal.campaigns.Campaigns.CampaignInput;

/** A team's campaigns over HTTP; a post joins one by naming it as {@code campaignId}. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class CampaignsController {

	private final Campaigns campaigns;

	CampaignsController(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping("/api/v1/publishing/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	Campaign create(@RequestBody CampaignInput input, CurrentUser user) {
		return campaigns.create(input, user);
	}

	@GetMapping("/api/v1/publishing/campaigns")
	List<Campaign> list(CurrentUser user) {
		return campaigns.visible(user);
	}

	@GetMapping("/api/v1/publishing/campaigns/{id}")
	Campaign get(@PathVariable long id, CurrentUser user) {
		return campaigns.get(id, user);
	}

	@PutMapping("/api/v1/publishing/campaigns/{id}")
	Campaign update(@PathVariable long id, @RequestBody CampaignInput input, CurrentUser user) {
		return campaigns.update(id, input, user);
	}

}

package no.samtale.publishing.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.publishing.internal.PostViews.PostView;
import no.samtale.publishing.internal.campaigns.Campaign;
import no.samtale.publishing.internal.campaigns.Campaigns;

/** The posts that joined a campaign, for the campaigns page (a campaign of another team is not found). */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class CampaignPostsController {

	private final Campaigns campaigns;

	private final PostStore store;

	private final PostViews views;

	CampaignPostsController(Campaigns campaigns, PostStore store, PostViews views) {
		this.campaigns = campaigns;
		this.store = store;
		this.views = views;
	}

	@GetMapping("/api/v1/publishing/campaigns/{id}/posts")
	List<PostView> posts(@PathVariable long id, CurrentUser user) {
		Campaign campaign = campaigns.get(id, user);
		return views.of(store.ofCampaign(campaign.id()), user);
	}

}

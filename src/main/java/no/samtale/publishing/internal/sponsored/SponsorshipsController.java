package no.samtale.publishing.internal.sponsored;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import no.samtale.channels.Accounts;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostStatus;
import no.samtale.publishing.Posts;
import no.samtale.publishing.internal.sponsored.Sponsorship.Status;
import no.samtale.publishing.internal.sponsored.Sponsorships.ResultsInput;
import no.samtale.publishing.internal.sponsored.Sponsorships.SponsorshipInput;

/** Sponsored posts over HTTP: mark a post sponsored, approve or send back its budget, enter spend and results. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class SponsorshipsController {

	/**
	 * A promotion with its post (account, time, text, campaign) and people. {@code canApprove}: the caller is a member
	 * of the team and did not ask for it, and it waits.
	 */
	record SponsorshipView(long postId, long teamId, String accountName, Instant publishAt, String postText,
			PostStatus postStatus, @Nullable Long campaignId, int budgetNok, String audience, String goal,
			LocalDate startsOn, LocalDate endsOn, Status status, @Nullable Person requestedBy,
			@Nullable Person decidedBy, @Nullable String rejectionComment, @Nullable Integer spendNok,
			@Nullable Long reach, @Nullable Long clicks, @Nullable String results, boolean canApprove) {
	}

	record RejectRequest(@Nullable String comment) {
	}

	/** A results file taken whole: how many rows, and each promotion as it now stands. */
	record ResultsImported(int rows, List<SponsorshipView> items) {
	}

	private final Sponsorships sponsorships;

	private final Posts posts;

	private final SponsorshipResultsImport resultsImport;

	private final Accounts accounts;

	private final Users users;

	SponsorshipsController(Sponsorships sponsorships, Posts posts, Accounts accounts, Users users,
			SponsorshipResultsImport resultsImport) {
		this.resultsImport = resultsImport;
		this.sponsorships = sponsorships;
		this.posts = posts;
		this.accounts = accounts;
		this.users = users;
	}

	@GetMapping("/api/v1/publishing/sponsorships")
	List<SponsorshipView> list(CurrentUser user) {
		return views(sponsorships.visible(user), user);
	}

	@GetMapping("/api/v1/publishing/posts/{id}/sponsorship")
	SponsorshipView get(@PathVariable long id, CurrentUser user) {
		return view(sponsorships.get(id, user), user);
	}

	@PutMapping("/api/v1/publishing/posts/{id}/sponsorship")
	SponsorshipView request(@PathVariable long id, @RequestBody SponsorshipInput input, CurrentUser user) {
		return view(sponsorships.request(id, input, user), user);
	}

	@PostMapping("/api/v1/publishing/posts/{id}/sponsorship/approve")
	SponsorshipView approve(@PathVariable long id, CurrentUser user) {
		return view(sponsorships.approve(id, user), user);
	}

	@PostMapping("/api/v1/publishing/posts/{id}/sponsorship/reject")
	SponsorshipView reject(@PathVariable long id, @RequestBody RejectRequest request, CurrentUser user) {
		return view(sponsorships.reject(id, request.comment(), user), user);
	}

	@PutMapping("/api/v1/publishing/posts/{id}/sponsorship/results")
	SponsorshipView results(@PathVariable long id, @RequestBody ResultsInput input, CurrentUser user) {
		return view(sponsorships.results(id, input, user), user);
	}

	/** Spend and results of many sponsored posts from a CSV file, {@code postId,spendNok,reach,clicks,results}. */
	@PostMapping(path = "/api/v1/publishing/sponsorships/results", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	ResultsImported importResults(@RequestBody String csv, CurrentUser user) {
		List<Sponsorship> updated = resultsImport.importFile(csv, user);
		return new ResultsImported(updated.size(), views(updated, user));
	}

	/** The same file uploaded from a form ({@code file}), as the campaigns page sends it. */
	@PostMapping(path = "/api/v1/publishing/sponsorships/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResultsImported importResultsFile(@RequestPart("file") MultipartFile file, CurrentUser user) throws IOException {
		return importResults(new String(file.getBytes(), StandardCharsets.UTF_8), user);
	}

	private SponsorshipView view(Sponsorship sponsorship, CurrentUser user) {
		return views(List.of(sponsorship), user).get(0);
	}

	private List<SponsorshipView> views(List<Sponsorship> list, CurrentUser user) {
		Set<Long> people = new HashSet<>();
		list.forEach(s -> {
			people.add(s.requestedBy());
			if (s.decidedBy() != null) {
				people.add(s.decidedBy());
			}
		});
		Map<Long, Person> names = users.people(people);
		Set<Long> reviews = posts.reviewer(user).teamIds();
		return list.stream().map(s -> {
			Post post = posts.get(s.postId());
			String account = accounts.find(post.accountId()).map(a -> a.name() + " (" + a.platform() + ")").orElse("");
			boolean canApprove = s.status() == Status.AWAITING_APPROVAL && s.requestedBy() != user.id()
					&& reviews.contains(s.teamId());
			return new SponsorshipView(s.postId(), s.teamId(), account, post.publishAt(), post.text(), post.status(),
					post.campaignId(), s.budgetNok(), s.audience(), s.goal(), s.startsOn(), s.endsOn(), s.status(),
					names.get(s.requestedBy()), s.decidedBy() == null ? null : names.get(s.decidedBy()),
					s.rejectionComment(), s.spendNok(), s.reach(), s.clicks(), s.results(), canApprove);
		}).toList();
	}

}

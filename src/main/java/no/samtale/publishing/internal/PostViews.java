package no.samtale.publishing.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.Approvals;
import no.samtale.approval.Reviewer;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Platform;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.inbox.PlatformPost;
import no.samtale.inbox.PostComments;
import no.samtale.inbox.PostComments.CommentCount;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostStatus;
import no.samtale.publishing.Posts;
import no.samtale.publishing.internal.images.PostImage;
import no.samtale.publishing.internal.images.PostImages;
import no.samtale.publishing.internal.videos.PostVideo;
import no.samtale.publishing.internal.videos.PostVideos;

/** The JSON shape of a post, with who wrote and approved it and what the caller may do with it. */
@Component
class PostViews {

	/**
	 * {@code held}: still waiting for approval when its time came, so it is held until approved (then it goes at
	 * once). {@code externalId}: the platform's id of the post once the platform has it.
	 */
	record PostView(long id, long accountId, String accountName, Platform platform, long teamId, String text,
			Instant publishAt, @Nullable Long themeId, @Nullable Long campaignId, @Nullable String link,
			@Nullable String firstComment, PostStatus status, int version, @Nullable String externalId,
			@Nullable String lastError, @Nullable String rejectionComment, @Nullable Person author,
			@Nullable Person approver, boolean canApprove, boolean held, @Nullable Instant publishedAt,
			@Nullable PostImageRef image, @Nullable String videoLink, @Nullable PostCommentCount comments,
			@Nullable PostVideoRef video) {
	}

	/** The post's uploaded video (YouTube): where the editor plays it back, its type and size. */
	record PostVideoRef(long id, String contentType, long sizeBytes, String url) {
	}

	/**
	 * The comments on a published post that reached the inbox: the threads ({@code conversations}, one per top-level
	 * comment) and the citizens' messages in them. Null until the platform has given the post an id.
	 */
	record PostCommentCount(int conversations, int comments) {
	}

	/** The post's image: where the editor reads it, and its alt text. */
	record PostImageRef(long id, String altText, String url, int width, int height) {
	}

	private final Users users;

	private final Accounts accounts;

	private final Approvals approvals;

	private final Posts posts;

	private final PostImages images;

	private final PostComments comments;

	private final PostVideos videos;

	PostViews(Users users, Accounts accounts, Approvals approvals, Posts posts, PostImages images,
			PostComments comments, PostVideos videos) {
		this.videos = videos;
		this.comments = comments;
		this.images = images;
		this.users = users;
		this.accounts = accounts;
		this.approvals = approvals;
		this.posts = posts;
	}

	PostView of(Post post, CurrentUser user) {
		return of(List.of(post), user).get(0);
	}

	List<PostView> of(List<Post> list, CurrentUser user) {
		Reviewer reviewer = posts.reviewer(user);
		Map<Long, ApprovalRequest> reviews = new java.util.HashMap<>();
		approvals.all(list.stream().map(Post::approvalId).filter(java.util.Objects::nonNull).toList())
			.forEach(review -> reviews.put(review.id(), review));
		Set<Long> people = new HashSet<>();
		list.forEach(post -> people.add(post.authorId()));
		reviews.values().forEach(review -> {
			people.add(review.authorId());
			if (review.decidedBy() != null) {
				people.add(review.decidedBy());
			}
		});
		Map<Long, Person> names = users.people(people);
		Map<Long, Account> accountsById = new java.util.HashMap<>();
		Map<PlatformPost, CommentCount> counts = comments.counts(list.stream()
			.filter(post -> post.externalId() != null)
			.map(post -> new PlatformPost(post.accountId(), post.externalId()))
			.toList());
		Map<Long, PostImage> imagesById = images
			.byIds(list.stream().map(Post::imageId).filter(java.util.Objects::nonNull).toList());
		Map<Long, PostVideo> videosById = videos
			.byIds(list.stream().map(Post::videoId).filter(java.util.Objects::nonNull).toList());
		Instant now = Instant.now();
		return list.stream().map(post -> {
			Account account = accountsById.computeIfAbsent(post.accountId(), accounts::get);
			ApprovalRequest review = post.approvalId() == null ? null : reviews.get(post.approvalId());
			boolean waiting = post.status() == PostStatus.AWAITING_APPROVAL;
			Long approverId = review == null || post.status() == PostStatus.REJECTED ? null : review.decidedBy();
			return new PostView(post.id(), post.accountId(), account.name(), account.platform(), post.teamId(),
					post.text(), post.publishAt(), post.themeId(), post.campaignId(), post.link(), post.firstComment(),
					post.status(), post.version(), post.externalId(), post.lastError(), post.rejectionComment(),
					names.get(review == null ? post.authorId() : review.authorId()),
					approverId == null ? null : names.get(approverId),
					waiting && review != null && approvals.mayDecide(review, reviewer),
					waiting && !post.publishAt().isAfter(now), post.publishedAt(), image(post.imageId(), imagesById),
					post.videoLink(), commentsOn(post, counts), video(post.videoId(), videosById));
		}).toList();
	}

	private static @Nullable PostCommentCount commentsOn(Post post, Map<PlatformPost, CommentCount> counts) {
		if (post.externalId() == null) {
			return null;
		}
		CommentCount count = counts.get(new PlatformPost(post.accountId(), post.externalId()));
		return count == null ? new PostCommentCount(0, 0) : new PostCommentCount(count.conversations(), count.comments());
	}

	private @Nullable PostVideoRef video(@Nullable Long videoId, Map<Long, PostVideo> videosById) {
		if (videoId == null) {
			return null;
		}
		PostVideo video = videosById.containsKey(videoId) ? videosById.get(videoId) : videos.get(videoId);
		return new PostVideoRef(video.id(), video.contentType(), video.sizeBytes(),
				"/api/v1/publishing/videos/" + video.id() + "/content");
	}

	private @Nullable PostImageRef image(@Nullable Long imageId, Map<Long, PostImage> imagesById) {
		if (imageId == null) {
			return null;
		}
		PostImage image = imagesById.containsKey(imageId) ? imagesById.get(imageId) : images.get(imageId);
		return new PostImageRef(image.id(), image.altText(), "/api/v1/publishing/images/" + image.id() + "/content",
				image.width(), image.height());
	}

}

package no.samtale.publishing.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samtale.publishing.internal.images.UnusedPostImages;
import no.samtale.publishing.internal.videos.UnusedPostVideos;

/**
 * The db-scheduler task that runs at a post's publish time ({@code <post id>:<version>}): one row per approved
 * version, so it survives restarts, runs on one node, and a task of a version that was edited or cancelled since
 * finds nothing to do.
 */
@Configuration(proxyBeanMethods = false)
class PublishingDueTask {

	static final String NAME = "publishing-due";

	private static final OneTimeTask<Void> DESCRIPTOR = Tasks.oneTime(NAME).execute((instance, context) -> {
		throw new IllegalStateException("Only used to name instances");
	});

	static TaskInstance<Void> instance(long postId, int version) {
		return DESCRIPTOR.instance(postId + ":" + version);
	}

	@Bean
	OneTimeTask<Void> publishingDue(Publication publication) {
		return Tasks.oneTime(NAME).execute((instance, context) -> {
			String[] parts = instance.getId().split(":");
			publication.due(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
		});
	}

	/**
	 * Once a minute: posts that Meta publishes itself at their time are marked published once that time has come
	 * (their own task does so too; this also covers posts taken over from the channels module, which have none).
	 */
	/** Every six hours: images no post used within a week of their upload are removed, row and file. */
	@Bean
	RecurringTask<Void> publishingImageCleanup(UnusedPostImages images) {
		return Tasks.recurring("publishing-image-cleanup", FixedDelay.of(Duration.ofHours(6)))
			.execute((instance, context) -> images.removeUnused(UnusedPostImages.GRACE));
	}

	/** Every six hours: videos no post used within a week of their upload are removed, row and file. */
	@Bean
	RecurringTask<Void> publishingVideoCleanup(UnusedPostVideos videos) {
		return Tasks.recurring("publishing-video-cleanup", FixedDelay.of(Duration.ofHours(6)))
			.execute((instance, context) -> videos.removeUnused(UnusedPostVideos.GRACE));
	}

	@Bean
	RecurringTask<Void> publishingSweep(Publication publication) {
		return Tasks.recurring("publishing-sweep", FixedDelay.of(Duration.ofMinutes(1)))
			.execute((instance, context) -> publication.sweep());
	}

}

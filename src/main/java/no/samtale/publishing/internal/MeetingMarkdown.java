package no.samtale.publishing.internal;

import java.time.format.DateTimeFormatter;

import no.samtale.publishing.internal.MeetingsController.ActionView;
import no.samtale.publishing.internal.MeetingsController.MeetingView;
import no.samtale.publishing.internal.MeetingsController.UpcomingTheme;
import no.samtale.publishing.internal.PostViews.PostView;

/**
 * A meeting written out as Markdown (in Norwegian, as the meeting is held). User text is written as it is: Markdown
 * is plain text, and whoever renders it must escape it as any other user text.
 */
final class MeetingMarkdown {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private MeetingMarkdown() {
	}

	static String of(MeetingView meeting) {
		StringBuilder md = new StringBuilder();
		md.append("# Redaksjonsmøte ").append(meeting.teamName()).append(", uke ").append(meeting.isoWeek()).append("\n\n");
		md.append(DAY.format(meeting.startsOn())).append("–").append(DAY.format(meeting.endsOn())).append("\n\n");
		md.append("## Tema de neste ukene\n\n");
		for (UpcomingTheme theme : meeting.upcomingThemes()) {
			md.append("- **").append(theme.title()).append("** (").append(DAY.format(theme.startsOn())).append("–")
				.append(DAY.format(theme.endsOn())).append(")\n");
			theme.keyMessages().forEach(message -> md.append("  - ").append(message).append("\n"));
		}
		md.append("\n## Publisert forrige uke\n\n");
		for (PostView post : meeting.lastWeekPosts()) {
			md.append("- ").append(TIME.format(post.publishAt().atZone(Calendar.OSLO))).append(", ")
				.append(post.accountName()).append(": ").append(post.text().replace('\n', ' ')).append("\n");
		}
		md.append("\n## Venter på godkjenning\n\n");
		for (PostView post : meeting.awaitingApproval()) {
			md.append("- ").append(TIME.format(post.publishAt().atZone(Calendar.OSLO))).append(", ")
				.append(post.accountName()).append(": ").append(post.text().replace('\n', ' ')).append("\n");
		}
		md.append("\n## Oppgaver\n\n");
		for (ActionView action : meeting.actions()) {
			md.append("- [").append(action.doneAt() == null ? " " : "x").append("] ").append(action.text());
			if (action.owner() != null) {
				md.append(" (").append(action.owner().name()).append(")");
			}
			md.append("\n");
		}
		md.append("\n## Referat\n\n").append(meeting.minutes() == null ? "" : meeting.minutes()).append("\n");
		return md.toString();
	}

}

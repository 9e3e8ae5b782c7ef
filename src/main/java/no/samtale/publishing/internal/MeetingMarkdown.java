package no.samtale.publishing.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.samtale.analytics.InboxFigures.RisingTopic;
import no.samtale.analytics.InboxFigures.TeamInbox;
import no.samtale.publishing.internal.MeetingsController.ActionView;
import no.samtale.publishing.internal.MeetingsController.MeetingView;
import no.samtale.publishing.internal.MeetingsController.UpcomingTheme;
import no.samtale.publishing.internal.PostViews.PostView;

/**
 * A meeting written out as lines of Markdown (in Norwegian, as the meeting is held); the PDF export draws the same
 * lines, so both say the same. User text is written as it is: Markdown is plain text, and whoever renders it must
 * escape it as any other user text.
 */
final class MeetingMarkdown {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private MeetingMarkdown() {
	}

	static String of(MeetingView meeting) {
		return "# " + title(meeting) + "\n\n" + String.join("\n", lines(meeting)) + "\n";
	}

	static String title(MeetingView meeting) {
		return "Redaksjonsmøte " + meeting.teamName() + ", uke " + meeting.isoWeek();
	}

	static List<String> lines(MeetingView meeting) {
		List<String> md = new ArrayList<>();
		md.add(DAY.format(meeting.startsOn()) + "–" + DAY.format(meeting.endsOn()));
		heading(md, "Tema de neste ukene");
		for (UpcomingTheme theme : meeting.upcomingThemes()) {
			md.add("- " + theme.title() + " (" + DAY.format(theme.startsOn()) + "–" + DAY.format(theme.endsOn()) + ")");
			theme.keyMessages().forEach(message -> md.add("  - " + message));
		}
		heading(md, "Publisert forrige uke");
		meeting.lastWeekPosts().forEach(post -> md.add(post(post)));
		inbox(md, meeting.lastWeekInbox(), meeting.risingTopics());
		heading(md, "Venter på godkjenning");
		meeting.awaitingApproval().forEach(post -> md.add(post(post)));
		heading(md, "Oppgaver");
		for (ActionView action : meeting.actions()) {
			md.add("- [" + (action.doneAt() == null ? " " : "x") + "] " + action.text()
					+ (action.owner() == null ? "" : " (" + action.owner().name() + ")"));
		}
		heading(md, "Referat");
		if (meeting.minutes() != null) {
			md.addAll(List.of(meeting.minutes().split("\n", -1)));
		}
		return md;
	}

	private static void inbox(List<String> md, TeamInbox inbox, List<RisingTopic> topics) {
		heading(md, "Innboksen forrige uke");
		md.add("- Nye samtaler: " + inbox.conversations());
		md.add("- Kommentarer: " + inbox.comments() + ", private meldinger: " + inbox.privateMessages());
		md.add("- Svar sendt: " + inbox.replies());
		md.add("- Tid til første svar, median: " + minutes(inbox.firstResponseP50()) + ", 90 %: "
				+ minutes(inbox.firstResponseP90()));
		md.add("- Svart innen fristen: " + (inbox.withinTargetPercent() == null ? "–" : inbox.withinTargetPercent() + " %"));
		heading(md, "Ord som økte mest i innboksen");
		if (topics.isEmpty()) {
			md.add("Ingen ord i minst fem nye samtaler.");
		}
		topics.forEach(topic -> md.add("- " + topic.word() + ": " + topic.conversations() + " samtaler (uken før: "
				+ topic.weekBefore() + ")"));
	}

	private static void heading(List<String> md, String text) {
		md.add("");
		md.add("## " + text);
		md.add("");
	}

	private static String post(PostView post) {
		return "- " + TIME.format(post.publishAt().atZone(Calendar.OSLO)) + ", " + post.accountName() + ": "
				+ post.text().replace('\n', ' ');
	}

	static String minutes(@Nullable Long seconds) {
		return seconds == null ? "–" : Math.round(seconds / 60.0) + " min";
	}

}

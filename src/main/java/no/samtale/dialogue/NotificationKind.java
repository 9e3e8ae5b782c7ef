package no.samtale.dialogue;

public enum NotificationKind {
	NEW_MESSAGE, ANSWER_VERIFIED, ESCALATION_RAISED, ESCALATION_ANSWERED
}

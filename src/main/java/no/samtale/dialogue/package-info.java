/**
 * The forum's core: spaces (topics and groups) hold discussions, which hold messages (Markdown rendered to
 * sanitised HTML) and back-office notes, with edit history, removal, reactions, following, daily views,
 * attachments and monthly figures. It publishes what happened to the text
 * ({@link no.samtale.dialogue.MessagePosted}, {@link no.samtale.dialogue.MessageEdited},
 * {@link no.samtale.dialogue.MessageRemoved}, {@link no.samtale.dialogue.DiscussionVerified},
 * {@link no.samtale.dialogue.DiscussionDeleted}, {@link no.samtale.dialogue.DiscussionStarted}), from which
 * the notifications module tells people, and reads whole discussions back for search
 * ({@link no.samtale.dialogue.DiscussionTexts}). The facades trust their callers on permissions: the forum decides
 * who may read or write where, and calls these facades once it has. The inbox keeps its conversations itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dialogue")
package no.samtale.dialogue;

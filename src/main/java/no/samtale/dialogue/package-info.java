/**
 * The shared dialogue core: spaces hold discussions, which hold messages (Markdown rendered to sanitised HTML),
 * with edit history, removal, reactions, following, daily views and attachments. The notifications module tells
 * people about them from this module's events. The facades here trust their callers on permissions: the module
 * that owns a kind of space (forum, inbox) decides who may read or write, and calls these facades once it has.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dialogue")
package no.samtale.dialogue;

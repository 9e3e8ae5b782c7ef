/**
 * Teams: the people who answer a set of channel accounts together and check each other's texts (four eyes), each
 * with a role in the team (advisors answer citizens, editors publish). Channels give each account a team, the inbox
 * queues by team, approval draws the partners from it, and publishing will reuse it for its editors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teams")
package no.samtale.teams;

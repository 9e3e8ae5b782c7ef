/**
 * The citizens' channel guide (veiviser): a citizen says what it is about and what they need and is sent to the best
 * channel, from self-service to the local office. Editors keep the guide's topics, routes and texts as versioned data;
 * the published version is held in memory. Use is counted per day, topic, need and channel, with nothing about who.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guide")
package no.samtale.guide;

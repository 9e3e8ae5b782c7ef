/**
 * What every module stands on: API conventions (problem JSON, paging), the web shell's forwarding,
 * service information and operational warnings. Knows nothing of the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package no.samtale.platform;

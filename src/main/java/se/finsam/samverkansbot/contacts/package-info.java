/**
 * The directory of contact paths into other agencies (en väg in) and its search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package se.finsam.samverkansbot.contacts;

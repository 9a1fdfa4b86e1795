package se.finsam.samverkansbot.core;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 *
 * @param zone the time zone all user-facing dates and times are in; Swedish public
 * administration runs on Europe/Stockholm, so change it only for tests
 */
@ConfigurationProperties("samverkansbot.core")
public record CoreProperties(@DefaultValue("Europe/Stockholm") ZoneId zone) {
}

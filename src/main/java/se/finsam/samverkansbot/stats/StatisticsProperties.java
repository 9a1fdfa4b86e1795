package se.finsam.samverkansbot.stats;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the statistics.
 *
 * @param threshold counts above 0 and below this are shown as "&lt;threshold" and
 * protected by secondary suppression; 5 is the usual limit in Swedish official statistics
 * about people
 * @param chartWidth width of the chart in pixels (a Teams card is about 450 wide)
 * @param chartHeight height of the chart in pixels
 * @param scheduledReportsAt local time (Europe/Stockholm) on the first working day of a
 * month at which the coordinators' reports of the period before are announced
 */
@ConfigurationProperties("samverkansbot.stats")
public record StatisticsProperties(@DefaultValue("5") int threshold, @DefaultValue("480") int chartWidth,
        @DefaultValue("240") int chartHeight, @DefaultValue("07:00") LocalTime scheduledReportsAt) {

    public StatisticsProperties {
        if (threshold < 3) {
            throw new IllegalArgumentException("samverkansbot.stats.threshold must be at least 3");
        }
        if (chartWidth < 100 || chartHeight < 60 || chartWidth > 2000 || chartHeight > 2000) {
            throw new IllegalArgumentException("samverkansbot.stats: chart size out of range");
        }
    }

}

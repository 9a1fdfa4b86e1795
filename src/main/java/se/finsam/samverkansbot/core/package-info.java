/**
 * Shared platform every module stands on: time (the injected {@code Clock},
 * Europe/Stockholm) and the clustered Quartz scheduler with its health.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Core",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.finsam.samverkansbot.core;

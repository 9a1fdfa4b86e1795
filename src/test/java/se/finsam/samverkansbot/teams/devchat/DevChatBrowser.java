package se.finsam.samverkansbot.teams.devchat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import se.finsam.samverkansbot.testing.OptionalTools;

/** Headless Chromium for the local chat page's browser tests. */
final class DevChatBrowser {

    private DevChatBrowser() {
    }

    static WebDriver start() {
        Path chromium = OptionalTools.require("Chromium", candidates("SAMVERKANSBOT_CHROMIUM", "/usr/bin/chromium",
                "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        Path chromedriver = OptionalTools.require("ChromeDriver",
                candidates("SAMVERKANSBOT_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // Without the background-networking switches Chromium keeps calling Google's
        // hosts, which a closed test machine refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=sv-SE");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
        return new ChromeDriver(service, options);
    }

    private static String[] candidates(String variable, String... defaults) {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(List.of(defaults));
        return candidates.toArray(String[]::new);
    }

}

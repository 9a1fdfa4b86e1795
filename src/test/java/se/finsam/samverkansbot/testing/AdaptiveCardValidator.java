package se.finsam.samverkansbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Checks Adaptive Card JSON with Microsoft's own renderer, the npm package
 * {@code adaptivecards} that the build downloads for the local chat page, run in headless
 * Chromium. No package registry ships the Adaptive Card JSON schema, so the renderer's
 * parser and validator stand in for it, made strict:
 * <ul>
 * <li>the card is parsed for Adaptive Cards 1.5 (the newest Teams renders): element and
 * action types the renderer does not know in 1.5, properties newer than 1.5 and invalid
 * property values (an enum value such as {@code "size": "Huge"}) are problems;</li>
 * <li>properties the renderer does not know at all are problems too (the renderer drops
 * them silently), except the Teams extensions listed in {@link #TEAMS_EXTENSIONS};</li>
 * <li>the renderer's own validation ({@code validateProperties}) must find nothing:
 * missing required properties (a choice set without choices, a show-card without card),
 * duplicate ids, required inputs without label or error message, too many actions, a card
 * version above 1.5;</li>
 * <li>the card must render.</li>
 * </ul>
 * One headless Chromium serves the whole test run; it is closed when the JVM ends. Where
 * Chromium or ChromeDriver is missing, {@link #shared()} skips the test, or fails it when
 * {@code SAMVERKANSBOT_REQUIRE_OPTIONAL_TOOLS=true} (see {@link OptionalTools}).
 */
public final class AdaptiveCardValidator {

    /**
     * Properties Teams defines that the renderer does not know, per JSON type. Only
     * {@code msteams} on a card (Teams' card width {@code "Full"} and user mentions
     * {@code entities}); everything else we send (the {@code verb} of a button included)
     * sits inside the button's {@code data}, which is free-form and never checked.
     */
    static final String TEAMS_EXTENSIONS = "{\"AdaptiveCard\": [\"msteams\"]}";

    private static final String RENDERER = "devchat/vendor/adaptivecards/adaptivecards.min.js";

    /**
     * Installed once on the page: after the renderer's parser has read an object's known
     * properties, any other key of its JSON is logged as a parse event.
     */
    private static final String INSTALL = """
            const AC = window.AdaptiveCards;
            const teams = %s;
            const base = AC.SerializableObject.prototype.internalParse;
            AC.SerializableObject.prototype.internalParse = function (source, context) {
              base.call(this, source, context);
              if (!source || typeof source !== 'object' || Array.isArray(source)
                  || this instanceof AC.HostCapabilities) {
                return;
              }
              const known = new Set();
              const schema = this.getSchema();
              for (let i = 0; i < schema.getCount(); i++) {
                known.add(schema.getItemAt(i).name);
              }
              // Read by the classes' own parse code rather than through their schema:
              if (this instanceof AC.CardObject) { known.add('type'); known.add('fallback'); }
              if (typeof this.getItemsCollectionPropertyName === 'function') {
                known.add(this.getItemsCollectionPropertyName());
              }
              if (this instanceof AC.AdaptiveCard || this instanceof AC.ActionSet) { known.add('actions'); }
              if (this instanceof AC.ColumnSet) { known.add('columns'); }
              if (this instanceof AC.RichTextBlock) { known.add('inlines'); }
              if (this instanceof AC.ShowCardAction) { known.add('card'); }
              // The renderer drops these from a card inside Action.ShowCard, the schema allows them there:
              if (this instanceof AC.AdaptiveCard) { known.add('version'); known.add('$schema'); }
              const typeName = typeof this.getJsonTypeName === 'function' ? this.getJsonTypeName() : undefined;
              (teams[typeName] || []).forEach((name) => known.add(name));
              Object.keys(source).filter((key) => !known.has(key)).forEach((key) => {
                context.logParseEvent(this, AC.ValidationEvent.UnsupportedProperty,
                    'Unknown property "' + key + '"' + (typeName ? ' on ' + typeName : ''));
              });
            };
            window.validateCard = function (json) {
              const problems = [];
              const where = (source) => {
                if (!source || typeof source.getJsonTypeName !== 'function') {
                  return '';
                }
                return ' (' + source.getJsonTypeName() + (source.id ? ' ' + source.id : '') + ')';
              };
              const report = (event) => problems.push(
                  AC.ValidationEvent[event.event] + ': ' + event.message + where(event.source));
              let source;
              try {
                source = JSON.parse(json);
              } catch (e) {
                return ['Not JSON: ' + e.message];
              }
              const context = new AC.SerializationContext(AC.Versions.v1_5);
              const card = new AC.AdaptiveCard();
              card.maxVersion = AC.Versions.v1_5;
              try {
                card.parse(source, context);
              } catch (e) {
                return ['Parse failed: ' + e];
              }
              // The schema requires a version on the card; the renderer would assume 1.0.
              if (typeof source.version !== 'string') {
                problems.push('PropertyCantBeNull: the card has no "version"');
              }
              for (let i = 0; i < context.eventCount; i++) {
                report(context.getEventAt(i));
              }
              card.validateProperties().validationEvents.forEach(report);
              const host = document.createElement('div');
              document.body.appendChild(host);
              try {
                const rendered = card.render(host);
                if (!rendered) {
                  problems.push('Render failed: the renderer returned nothing');
                }
              } catch (e) {
                problems.push('Render failed: ' + e);
              } finally {
                host.remove();
              }
              return problems;
            };
            """.formatted(TEAMS_EXTENSIONS);

    private static AdaptiveCardValidator shared;

    private final WebDriver browser;

    private AdaptiveCardValidator(WebDriver browser) {
        this.browser = browser;
    }

    /**
     * The validator of this test run, its browser started on first use; skips (or fails,
     * in CI) the calling test where Chromium is not installed.
     */
    public static synchronized AdaptiveCardValidator shared() {
        if (shared == null) {
            shared = start();
            AdaptiveCardValidator validator = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(validator.browser::quit, "card-validator-browser"));
        }
        return shared;
    }

    /** What is wrong with the card, empty when Teams' renderer finds nothing. */
    public List<String> problems(JsonNode card) {
        return problems(card.toString());
    }

    /** What is wrong with the card JSON, empty when Teams' renderer finds nothing. */
    public synchronized List<String> problems(String cardJson) {
        Object result = ((JavascriptExecutor) browser).executeScript("return window.validateCard(arguments[0]);",
                cardJson);
        List<String> problems = new ArrayList<>();
        if (result instanceof List<?> list) {
            list.forEach((problem) -> problems.add(String.valueOf(problem)));
        }
        else {
            throw new IllegalStateException("The card validator page answered " + result);
        }
        return problems;
    }

    private static AdaptiveCardValidator start() {
        Path renderer = renderer();
        Path chromium = OptionalTools.require("Chromium", candidates("SAMVERKANSBOT_CHROMIUM", "/usr/bin/chromium",
                "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        Path chromedriver = OptionalTools.require("ChromeDriver",
                candidates("SAMVERKANSBOT_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
        Path page;
        try {
            // Outside target/classes, so that the page never ends up in the jar.
            page = Files.createTempFile("card-validator", ".html");
            page.toFile().deleteOnExit();
            Files.writeString(page, """
                    <!DOCTYPE html>
                    <html><head><meta charset="utf-8"><script src="%s"></script></head>
                    <body></body></html>
                    """.formatted(renderer.toUri()), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(page.toUri().toString());
            Object loaded = browser.executeScript("return typeof window.AdaptiveCards;");
            if (!"object".equals(loaded)) {
                throw new IllegalStateException("adaptivecards.min.js did not load from " + renderer);
            }
            browser.executeScript(INSTALL);
            return new AdaptiveCardValidator(browser);
        }
        catch (RuntimeException e) {
            browser.quit();
            throw e;
        }
    }

    /** The renderer the build unpacked into the classpath (see the pom's antrun). */
    private static Path renderer() {
        URL url = AdaptiveCardValidator.class.getClassLoader().getResource(RENDERER);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException(
                    RENDERER + " is not on the classpath as a file; the build's generate-resources phase unpacks it");
        }
        try {
            return Path.of(url.toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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

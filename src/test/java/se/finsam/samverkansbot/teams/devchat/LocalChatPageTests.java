package se.finsam.samverkansbot.teams.devchat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.NewCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.chat.CardActions;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.delivery.OutboundMessage;
import se.finsam.samverkansbot.teams.delivery.Outbox;
import se.finsam.samverkansbot.teams.delivery.Recipient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local chat page in a real browser (headless Chromium), against the application in
 * the {@code dev} profile: the bot's cards render and their buttons work, users can be
 * switched, and what the bot says on its own arrives, also card updates in place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
@Import(LocalChatPageTests.EchoConfiguration.class)
class LocalChatPageTests {

    private static final String DEV_TENANT = "00000000-0000-0000-0000-00000000dev1";

    private static final String CASEWORKER = "29:devchat-hanna";

    private static final String COORDINATOR = "29:devchat-karin";

    private static final String COORDINATOR_OBJECT_ID = "00000000-0000-0000-0000-0000000000c1";

    private static final String TEAM = "19:devchat-konsultationsteamet@thread.tacv2";

    private static final String CASES_CHANNEL = "19:devchat-arenden@thread.tacv2";

    private static final String CASEWORKER_OBJECT_ID = "00000000-0000-0000-0000-0000000000a1";

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    CaseManagement cases;

    @DynamicPropertySource
    static void devProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:devchat-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.quartz.scheduler-name", () -> "samverkansbot-devchat-test");
        registry.add("MicrosoftAppId", () -> "");
    }

    @BeforeAll
    static void startBrowser() {
        browser = DevChatBrowser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void helpCardRendersAndItsButtonIsAnswered() {
        open(CASEWORKER);
        awaitText("Hej! Jag är Samverkansboten");
        int cards = cards().size();

        write("hjälp");

        awaitMessageFromUser("hjälp");
        waitUntil(() -> cards().size() == cards + 1);
        WebElement help = last(cards());
        assertThat(help.getText()).contains("Det här kan du skriva till mig", "hjälp");

        help.findElement(By.xpath(".//button[contains(normalize-space(.), 'Så hanteras personuppgifter')]")).click();

        waitUntil(() -> cards().size() == cards + 2);
        assertThat(last(cards()).getText()).contains("Personuppgifter i Samverkansboten");
    }

    @Test
    void switchingUserShowsTheirChatAndWhatTheBotSaysOnItsOwnArrives() {
        open(CASEWORKER);
        awaitText("Hej! Jag är Samverkansboten");
        new Select(browser.findElement(By.id("user"))).selectByValue(COORDINATOR);
        assertThat(browser.findElement(By.id("title")).getText()).contains("Karin Koordinator");
        awaitText("Hej! Jag är Samverkansboten");

        Recipient coordinator = new Recipient.PersonalChat(DEV_TENANT, COORDINATOR_OBJECT_ID);
        String key = "devchat-test:" + UUID.randomUUID();
        outbox.enqueue(OutboundMessage.of(coordinator, MessageFactory.text("Påminnelse: **uppföljning** i dag")));
        outbox.enqueue(OutboundMessage.of(coordinator, card("Ärende 7 väntar på råd")).withCardKey(key));

        awaitText("Påminnelse: uppföljning i dag");
        awaitText("Ärende 7 väntar på råd");
        int messages = browser.findElements(By.cssSelector("#messages .message")).size();

        outbox.enqueue(OutboundMessage.of(new Recipient.CardUpdate(key), card("Ärende 7 har fått råd")));

        awaitText("Ärende 7 har fått råd");
        assertThat(browser.findElement(By.id("messages")).getText()).doesNotContain("Ärende 7 väntar på råd");
        assertThat(browser.findElements(By.cssSelector("#messages .message"))).hasSize(messages);
    }

    @Test
    void botAnswersAnAtMentionInTheTeamChannelInItsThread() {
        open(COORDINATOR);
        awaitText("Hej! Jag är Samverkansboten");
        click(By.cssSelector("nav button[data-conversation='" + TEAM + "']"));
        awaitText("Jag lägger upp nya avidentifierade ärenden");
        int threads = browser.findElements(By.cssSelector("#messages .thread")).size();

        write("hjälp");

        waitUntil(() -> browser.findElements(By.cssSelector("#messages .thread")).size() == threads + 1);
        WebElement thread = last(browser.findElements(By.cssSelector("#messages .thread")));
        waitUntil(() -> thread.findElements(By.cssSelector(".replies .from-bot .ac-adaptiveCard")).size() == 1);
        assertThat(thread.findElement(By.cssSelector(".root")).getText()).contains("@Samverkansboten hjälp");
    }

    @Test
    void cardInputsAndButtonsWorkAsInTeams() {
        open(CASEWORKER);
        awaitText("Hej! Jag är Samverkansboten");
        outbox.enqueue(OutboundMessage.of(new Recipient.PersonalChat(DEV_TENANT, CASEWORKER_OBJECT_ID), formCard()));
        awaitText("Kort med knappar");
        WebElement form = last(cards());
        assertThat(form.getText()).doesNotContain("Dolda detaljer");
        // The show-card arrow is plain text in the page's font, not a glyph of an icon
        // font the browser does not have (an empty box outside Windows).
        WebElement more = button(form, "Visa mer");
        assertThat(arrowOf(more)).isEqualTo("\"\u00a0\u25be\"");
        assertThat(fontOfArrow(more)).doesNotContain("MDL2", "Fluent", "Icons");

        more.click();
        waitUntil(() -> form.getText().contains("Dolda detaljer"));
        assertThat(arrowOf(more)).isEqualTo("\"\u00a0\u25b4\"");
        screenshot("devchat-show-card.png");

        String page = browser.getWindowHandle();
        button(form, "Öppna länken").click();
        waitUntil(() -> browser.getWindowHandles().size() == 2);
        for (String window : browser.getWindowHandles()) {
            if (!window.equals(page)) {
                browser.switchTo().window(window).close();
            }
        }
        browser.switchTo().window(page);

        form.findElement(By.cssSelector("input.ac-textInput")).sendKeys("en anteckning");
        button(form, "Skicka in").click();

        awaitText("Fick: en anteckning");
    }

    @Test
    void anExecuteFormIsSentAsAnInvokeAndReplacedInPlaceByItsResult() throws java.io.IOException {
        open(CASEWORKER);
        awaitText("Hej! Jag är Samverkansboten");
        outbox.enqueue(OutboundMessage.of(new Recipient.PersonalChat(DEV_TENANT, CASEWORKER_OBJECT_ID), executeCard()));
        awaitText("Formulär med Execute");
        int cards = cards().size();
        WebElement form = last(cards());

        form.findElement(By.cssSelector("input.ac-textInput")).sendKeys("ett ärende");
        button(form, "Skicka").click();

        awaitText("Skickat: ett ärende");
        assertThat(cards()).as("the form is replaced, nothing new is posted").hasSize(cards);
        assertThat(last(cards()).getText()).contains("Skickat: ett ärende").doesNotContain("Formulär med Execute");
        java.nio.file.Path shot = java.nio.file.Path.of("target", "devchat-execute.png");
        java.nio.file.Files.write(shot,
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Test
    void aFileTheBotOffersIsAcceptedAndDownloadedAndAnAttachedFileIsImported() throws java.io.IOException {
        open(COORDINATOR);
        awaitText("Hej! Jag är Samverkansboten");
        write("exportera kontakter");
        waitUntil(() -> !browser.findElements(By.cssSelector(".file.consent .file-accept")).isEmpty());
        assertThat(last(browser.findElements(By.cssSelector(".file.consent"))).getText()).contains(".csv", "Tillåt",
                "Avböj");

        click(By.cssSelector(".file.consent .file-accept"));
        waitUntil(() -> !browser.findElements(By.cssSelector("a.file-link")).isEmpty());
        WebElement link = last(browser.findElements(By.cssSelector("a.file-link")));
        assertThat(link.getText()).endsWith(".csv");
        assertThat(last(browser.findElements(By.cssSelector(".file.consent"))).getText()).contains("Du tillät filen");
        String csv = String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then((r) => r.text()).then(done, (e) => done('failed ' + e));",
                link.getAttribute("href")));
        assertThat(csv).contains("af-samverkan-nordost");
        screenshot("devchat-file.png");

        // The downloaded file attached again with "importera kontakter" comes back
        // unchanged.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("kontaktvagar", ".csv");
        java.nio.file.Files.writeString(file, csv);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        write("importera kontakter");
        awaitText("Importen är klar: 0 nya, 0 ändrade");
        java.nio.file.Files.deleteIfExists(file);
    }

    @Test
    void newThreadTheBotPostsInAChannelAppearsThere() {
        open(COORDINATOR);
        awaitText("Hej! Jag är Samverkansboten");
        click(By.cssSelector("nav button[data-conversation='" + TEAM + "']"));
        awaitText("Jag lägger upp nya avidentifierade ärenden");

        outbox.enqueue(OutboundMessage.of(new Recipient.NewThread(TEAM, CASES_CHANNEL), card("Nytt ärende 12")));
        click(By.cssSelector("nav button[data-conversation='" + CASES_CHANNEL + "']"));

        awaitText("Nytt ärende 12");
        assertThat(browser.findElement(By.id("title")).getText()).contains("Ärenden");
        assertThat(browser.findElements(By.cssSelector("#messages .thread .root .from-bot"))).isNotEmpty();
    }

    /**
     * A case card's "Ge råd" opens a dialog; advice with a phone number is refused inside
     * the dialog, to its author only (nothing in the channel, the number not even in the
     * dialog); good advice closes it and the card in the channel shows it.
     */
    @Test
    void aCaseCardsButtonOpensADialogWhereARefusalIsShownOnlyToItsAuthor() throws java.io.IOException {
        String fredrik = "29:devchat-fredrik";
        cases.setUpTeam(TEAM, CASES_CHANNEL, "Konsultationsteamet Skåne Nordost", List.of(new Kommun("Osby")),
                UserId.of(COORDINATOR_OBJECT_ID));
        open(fredrik);
        awaitText("Hej! Jag är Samverkansboten");
        click(By.cssSelector("nav button[data-conversation='" + CASES_CHANNEL + "']"));
        cases.raise(new NewCase(Person.of(UserId.of(CASEWORKER_OBJECT_ID), "Hanna Handläggare"), DEV_TENANT,
                new Kommun("Osby"), Agency.KOMMUN_SOCIAL_SERVICES, Set.of(Agency.AF, Agency.FK), AgeBand.AGE_25_29,
                null, Set.of(Category.COORDINATION), "Man som vill börja arbeta efter lång sjukskrivning.",
                "Hur samordnar vi AF och FK?", false, Set.of()));
        awaitText("Hur samordnar vi AF och FK?");
        // The page asks the bot for this reader's own view of the card, as Teams does.
        awaitOwnView("Handläggarens fråga till teamet");
        WebElement caseCard = last(cards());

        button(caseCard, "Ge råd").click();

        WebElement dialog = browser.findElement(By.id("task"));
        waitUntil(() -> dialog.isDisplayed() && dialog.getText().contains("Ditt råd till handläggaren"));
        assertThat(browser.findElement(By.id("task-title")).getText()).startsWith("Ge råd i ärende K-");
        dialog.findElement(By.cssSelector("textarea")).sendKeys("Be honom ringa 070-765 43 21 i morgon.");
        button(dialog, "Skicka rådet").click();

        // The form itself reminds to leave out "telefonnummer": wait for the refusal.
        waitUntil(() -> dialog.getText().contains("Texten kan identifiera en person"));
        assertThat(dialog.getText()).contains("telefonnummer").doesNotContain("070-765 43 21");
        assertThat(dialog.findElement(By.cssSelector("textarea")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.id("messages")).getText()).doesNotContain("telefonnummer", "070-765 43 21");
        screenshot("devchat-dialog-refusal.png");

        dialog.findElement(By.cssSelector("textarea")).sendKeys("Boka ett trepartsmöte med AF och FK.");
        button(dialog, "Skicka rådet").click();

        waitUntil(() -> dialog.getText().contains("Rådet har skickats till handläggaren."));
        browser.findElement(By.id("task-close")).click();
        waitUntil(() -> !dialog.isDisplayed());
        awaitText("Råd givet");
        awaitOwnView("Du har gett 1 råd i ärendet.");
        screenshot("devchat-dialog-done.png");
        new Select(browser.findElement(By.id("user"))).selectByValue("29:devchat-amira");
        click(By.cssSelector("nav button[data-conversation='" + CASES_CHANNEL + "']"));
        awaitText("Råd givet");
        awaitOwnView("Råd givet");
        assertThat(browser.findElement(By.id("messages")).getText()).as("others saw nothing of the refusal")
            .doesNotContain("telefonnummer", "070-765 43 21")
            .as("nor what is Fredrik's own")
            .doesNotContain("Du har gett");
    }

    private static String arrowOf(WebElement button) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("return getComputedStyle(arguments[0], '::after').content;", button));
    }

    private static String fontOfArrow(WebElement button) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("return getComputedStyle(arguments[0], '::after').fontFamily;", button));
    }

    private static void screenshot(String name) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", name),
                    ((org.openqa.selenium.TakesScreenshot) browser)
                        .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static WebElement button(WebElement card, String title) {
        return card.findElement(By.xpath(".//button[contains(normalize-space(.), '" + title + "')]"));
    }

    private void open(String user) {
        browser.get("http://localhost:" + port + "/dev/chat?user=" + user);
        waitUntil(() -> browser.findElement(By.id("user")).getAttribute("value").equals(user));
    }

    /** Clicks what may be redrawn meanwhile (the navigation shows unread counts). */
    private void click(By what) {
        waitUntil(() -> {
            try {
                browser.findElement(what).click();
                return true;
            }
            catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    private void write(String text) {
        WebElement input = browser.findElement(By.id("text"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    private List<WebElement> cards() {
        return browser.findElements(By.cssSelector("#messages .from-bot .ac-adaptiveCard"));
    }

    private void awaitText(String text) {
        waitUntil(() -> browser.findElement(By.id("messages")).getText().contains(text));
    }

    /**
     * Waits until the page shows the reader's own view of the newest card, with this
     * text.
     */
    private void awaitOwnView(String text) {
        waitUntil(() -> {
            try {
                List<WebElement> own = browser.findElements(By.cssSelector("#messages .card[data-view='own']"));
                return !own.isEmpty() && own.get(own.size() - 1).getText().contains(text);
            }
            catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    private void awaitMessageFromUser(String text) {
        waitUntil(() -> browser.findElements(By.cssSelector("#messages .mine .text"))
            .stream()
            .anyMatch((element) -> element.getText().equals(text)));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).until((driver) -> condition.getAsBoolean());
    }

    private static WebElement last(List<WebElement> elements) {
        assertThat(elements).isNotEmpty();
        return elements.get(elements.size() - 1);
    }

    /**
     * A card with what the bot's cards use beyond text: an input, a card shown on demand,
     * a link and a submit whose data the {@link EchoConfiguration} answers.
     */
    private Activity formCard() {
        ObjectNode card = JSON.createObjectNode().put("type", "AdaptiveCard").put("version", "1.5");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", "Kort med knappar");
        body.addObject().put("type", "Input.Text").put("id", "note").put("label", "Anteckning");
        ArrayNode actions = card.putArray("actions");
        ObjectNode more = actions.addObject().put("type", "Action.ShowCard").put("title", "Visa mer");
        more.putObject("card")
            .put("type", "AdaptiveCard")
            .putArray("body")
            .addObject()
            .put("type", "TextBlock")
            .put("text", "Dolda detaljer");
        actions.addObject()
            .put("type", "Action.OpenUrl")
            .put("title", "Öppna länken")
            .put("url", "http://localhost:" + port + "/actuator/health");
        actions.addObject()
            .put("type", "Action.Submit")
            .put("title", "Skicka in")
            .putObject("data")
            .put(CardAction.VERB, EchoConfiguration.VERB);
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card);
        return MessageFactory.attachment(attachment);
    }

    /** A form whose button is an Action.Execute, built as the bot builds its buttons. */
    private static Activity executeCard() {
        AdaptiveCard card = new AdaptiveCard(
                List.of(TextBlock.heading("Formulär med Execute"),
                        se.finsam.samverkansbot.teams.cards.TextInput.line("note", "Anteckning")),
                List.of(CardAction.execute("Skicka", EchoConfiguration.CARD_VERB)));
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card.toJson());
        return MessageFactory.attachment(attachment);
    }

    private static Activity card(String heading) {
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(new AdaptiveCard(List.of(TextBlock.heading(heading)), List.of()).toJson());
        return MessageFactory.attachment(attachment);
    }

    /**
     * Answers a card submit with the note typed into the card, to show the inputs arrive.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class EchoConfiguration {

        static final String VERB = "devchatEcho";

        static final String CARD_VERB = "devchatEchoCard";

        @Bean
        CardActions echo() {
            return CardActions.of()
                .on(VERB, (turn, data, locale) -> Replies.text(turn, "Fick: " + data.text("note")))
                .once(CARD_VERB, (turn, data, locale) -> Replies.card(turn,
                        new AdaptiveCard(List.of(TextBlock.heading("Skickat: " + data.text("note"))), List.of())));
        }

    }

}

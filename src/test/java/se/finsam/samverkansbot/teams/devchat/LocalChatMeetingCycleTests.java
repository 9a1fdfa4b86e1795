package se.finsam.samverkansbot.teams.devchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.NewCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.testing.TestClock;

/**
 * The konsultationsteam's meeting cycle on the local chat page, in a real browser: the
 * samverkanskoordinator sets up the rhythm in a dialog (a phone number in the place is
 * refused inside the dialog, seen by nobody else), a team member takes a case up at the
 * next meeting from its card, the agenda shows it, and after the meeting the protocol is
 * kept and approved in a dialog; the handläggare gets the advice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
@Import(TestClock.Configuration.class)
class LocalChatMeetingCycleTests {

    private static final String DEV_TENANT = "00000000-0000-0000-0000-00000000dev1";

    private static final String KARIN = "29:devchat-karin";

    private static final String KARIN_OBJECT_ID = "00000000-0000-0000-0000-0000000000c1";

    private static final String FREDRIK = "29:devchat-fredrik";

    private static final String HANNA = "29:devchat-hanna";

    private static final String HANNA_OBJECT_ID = "00000000-0000-0000-0000-0000000000a1";

    private static final String TEAM = "19:devchat-konsultationsteamet@thread.tacv2";

    private static final String CASES_CHANNEL = "19:devchat-arenden@thread.tacv2";

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    CaseManagement cases;

    @Autowired
    TestClock clock;

    @DynamicPropertySource
    static void devProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:devchat-meetings-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.quartz.scheduler-name", () -> "samverkansbot-devchat-meetings-test");
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
    void theWholeMeetingCycleFromTheRhythmToTheApprovedProtocol() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        cases.setUpTeam(TEAM, CASES_CHANNEL, "Konsultationsteamet Skåne Nordost", List.of(new Kommun("Osby")),
                UserId.of(KARIN_OBJECT_ID));

        // The rhythm, in a dialog.
        open(KARIN);
        channel(TEAM);
        write("mötesrytm");
        awaitText("Formuläret öppnas i ett eget fönster");
        button(last(cards()), "Ställ in mötesrytmen").click();
        WebElement dialog = browser.findElement(By.id("task"));
        waitUntil(() -> dialog.isDisplayed() && dialog.getText().contains("Plats (rum)"));
        fill(dialog, "startTime", "13:00");
        fill(dialog, "lengthMinutes", "60");
        fill(dialog, "minutesPerCase", "20");
        fill(dialog, "maxCases", "3");
        fill(dialog, "intervalWeeks", "2");
        fill(dialog, "firstDate", "2027-01-12");
        fill(dialog, "place", "Hemma hos mig, ring 070-123 45 67");
        button(dialog, "Spara mötesrytmen").click();
        waitUntil(() -> dialog.getText().contains("Texten kan identifiera en person"));
        assertThat(dialog.getText()).contains("telefonnummer").doesNotContain("070-123 45 67", "Hemma hos mig");
        assertThat(input(dialog, "place").getAttribute("value")).isEmpty();
        screenshot("devchat-meetings-series-refusal.png");
        fill(dialog, "place", "Kommunhuset, rum Kullen");
        button(dialog, "Spara mötesrytmen").click();
        waitUntil(() -> dialog.getText().contains("Mötesrytmen är sparad"));
        assertThat(dialog.getText()).contains("tisdag 12 januari 2027 kl. 13:00");
        browser.findElement(By.id("task-close")).click();
        waitUntil(() -> !dialog.isDisplayed());
        assertThat(messages()).as("the refusal was seen in the dialog only")
            .doesNotContain("Texten kan identifiera en person", "070-123 45 67", "Hemma hos mig");

        // A case, taken up at the next meeting by a team member from its card.
        ConsultationCase raised = cases.raise(new NewCase(Person.of(UserId.of(HANNA_OBJECT_ID), "Hanna Handläggare"),
                DEV_TENANT, new Kommun("Osby"), Agency.KOMMUN_SOCIAL_SERVICES, Set.of(Agency.AF, Agency.FK),
                AgeBand.AGE_25_29, null, Set.of(Category.COORDINATION),
                "Man som vill börja arbeta efter lång sjukskrivning.", "Hur samordnar vi AF och FK?", false, Set.of()));
        switchTo(FREDRIK);
        channel(CASES_CHANNEL);
        awaitText("Hur samordnar vi AF och FK?");
        button(last(cards()), "Ta upp på möte").click();
        awaitText("Ärende " + raised.reference() + " tas upp på mötet tisdag 12 januari 2027 kl. 13:00");

        // The agenda.
        switchTo(KARIN);
        channel(TEAM);
        write("nästa möte");
        waitUntil(() -> last(cards()).getText().contains("Dagordning"));
        assertThat(last(cards()).getText()).contains(raised.reference(), "Osby", "13:00");
        screenshot("devchat-meetings-agenda.png");

        // After the meeting: the protocol, in a dialog; the advice reaches the
        // handläggare.
        clock.setLocal(LocalDateTime.of(2027, 1, 12, 15, 0));
        write("protokoll");
        awaitText("Öppna protokollet");
        button(last(cards()), "Öppna protokollet").click();
        waitUntil(() -> dialog.isDisplayed() && dialog.getText().contains(raised.reference()));
        click(dialog, "input[type='radio'][value='yes']");
        String advice = "Boka ett trepartsmöte med AF och FK om arbetsträningen.";
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                dialog.findElement(By.cssSelector("textarea")), advice);
        fill(dialog, "participants", "5");
        click(dialog, "input[type='checkbox'][value='AF']");
        click(dialog, "input[type='checkbox'][value='FK']");
        screenshot("devchat-meetings-protocol.png");
        button(dialog, "Godkänn").click();
        waitUntil(() -> dialog.getText().contains("Protokollet är godkänt"));
        browser.findElement(By.id("task-close")).click();
        waitUntil(() -> !dialog.isDisplayed());
        channel(CASES_CHANNEL);
        awaitText("Godkänt av");

        switchTo(HANNA);
        awaitText(advice);
        screenshot("devchat-meetings-advice.png");

        // The handläggare asks on the case form for the next meeting, attending.
        clock.setLocal(LocalDateTime.of(2027, 1, 13, 9, 0));
        write("nytt ärende");
        waitUntil(() -> last(cards()).getText().contains("Nytt ärende till konsultationsteamet"));
        WebElement form = last(cards());
        choose(form, "kommun", "Osby");
        choose(form, "ownAgency", "KOMMUN_SOCIAL_SERVICES");
        choose(form, "ageBand", "AGE_25_29");
        click(form, "input[type='checkbox'][value='AF']");
        click(form, "input[type='checkbox'][value='COORDINATION']");
        fill(form, "situation", "Kvinna som har varit sjukskriven länge och vill pröva arbetsträning.");
        fill(form, "question", "Vem tar första kontakten med arbetsgivaren?");
        click(form, "input[type='radio'][value='DISCUSS_AND_ATTEND']");
        screenshot("devchat-meetings-wish-form.png");
        button(form, "Skicka till konsultationsteamet").click();
        awaitText("tas upp på konsultationsteamets möte");
        assertThat(messages()).contains("tisdag 26 januari 2027 kl. 13:00", "13:00–13:20", "Du deltar");
        screenshot("devchat-meetings-wish.png");
    }

    /** Chooses a value of a drop-down choice set, as a user would. */
    private static void choose(WebElement card, String id, String value) {
        WebElement element = card.findElement(By.cssSelector("[id='" + id + "']"));
        WebElement select = element.getTagName().equals("select") ? element
                : element.findElement(By.cssSelector("select"));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                select, value);
    }

    private void open(String user) {
        browser.get("http://localhost:" + port + "/dev/chat?user=" + user);
        waitUntil(() -> browser.findElement(By.id("user")).getAttribute("value").equals(user));
        awaitText("Hej! Jag är Samverkansboten");
    }

    private void switchTo(String user) {
        new Select(browser.findElement(By.id("user"))).selectByValue(user);
        waitUntil(() -> browser.findElement(By.id("user")).getAttribute("value").equals(user));
    }

    /** Opens a channel of the team (the navigation may be redrawn meanwhile). */
    private void channel(String id) {
        waitUntil(() -> {
            try {
                browser.findElement(By.cssSelector("nav button[data-conversation='" + id + "']")).click();
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

    /** The input the card renders for this input id, in the dialog. */
    private static WebElement input(WebElement dialog, String id) {
        WebElement element = dialog.findElement(By.cssSelector("[id='" + id + "']"));
        String tag = element.getTagName();
        return tag.equals("input") || tag.equals("textarea") ? element
                : element.findElement(By.cssSelector("input, textarea"));
    }

    /** Types into an input as a user would, whatever its kind (a date, say). */
    private static void fill(WebElement dialog, String id, String value) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                input(dialog, id), value);
    }

    private static void click(WebElement dialog, String css) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", dialog.findElement(By.cssSelector(css)));
    }

    /**
     * The card's button with this title, scrolled into view (a dialog's form is long).
     */
    private static WebElement button(WebElement card, String title) {
        WebElement button = card.findElement(By.xpath(".//button[contains(normalize-space(.), '" + title + "')]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        return button;
    }

    private static List<WebElement> cards() {
        return browser.findElements(By.cssSelector("#messages .from-bot .ac-adaptiveCard"));
    }

    private static String messages() {
        return browser.findElement(By.id("messages")).getText();
    }

    private static void awaitText(String text) {
        waitUntil(() -> messages().contains(text));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).until((driver) -> condition.getAsBoolean());
    }

    private static WebElement last(List<WebElement> elements) {
        assertThat(elements).isNotEmpty();
        return elements.get(elements.size() - 1);
    }

    private static void screenshot(String name) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", name),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}

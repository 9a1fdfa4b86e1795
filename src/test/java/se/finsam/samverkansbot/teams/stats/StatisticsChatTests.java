package se.finsam.samverkansbot.teams.stats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.stats.ReportDue;
import se.finsam.samverkansbot.stats.ReportPeriod;
import se.finsam.samverkansbot.testing.AdaptiveCardValidator;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code statistik}, {@code granskning} and {@code mina uppgifter} through the real
 * endpoint: the form, the report card with its chart within Teams' size limit, the file
 * through the consent card, the scheduled report into the outbox, and who may see what.
 */
class StatisticsChatTests extends BotIntegrationTest {

    static final TestUser COORDINATOR = new TestUser("29:stats-coordinator", "aad-stats-coordinator", "Karin");

    static final TestUser ADMIN = new TestUser("29:stats-admin", "aad-stats-admin", "Adam");

    static final ObjectMapper JSON = new ObjectMapper();

    /** The month before now, in which the facts are seeded. */
    static final YearMonth MONTH = YearMonth.now(ZoneId.of("Europe/Stockholm")).minusMonths(1);

    static HttpServer files;

    static final Map<String, byte[]> uploaded = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void statsProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:stats-chat-tests;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("samverkansbot.organisation.kommuner", () -> "Osby,Hässleholm");
        registry.add("samverkansbot.organisation.admins", ADMIN::aadObjectId);
        registry.add("samverkansbot.organisation.coordinators[0].user-id", COORDINATOR::aadObjectId);
        registry.add("samverkansbot.organisation.coordinators[0].name", () -> "Karin Koordinator");
        registry.add("samverkansbot.organisation.coordinators[0].kommuner", () -> "Osby,Hässleholm");
    }

    @BeforeAll
    static void fileHost() throws IOException {
        files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/upload/", exchange -> {
            uploaded.put(exchange.getRequestURI().getPath(), exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        files.start();
    }

    @AfterAll
    static void stopFileHost() {
        files.stop(0);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    /**
     * 12 cases in Osby and 7 in Hässleholm, all women, raised last month: the monthly
     * counts reports read.
     */
    @BeforeEach
    void facts() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_count", Long.class) > 0) {
            return;
        }
        for (String[] row : new String[][] { { "NONE", "*" }, { "GENDER", "WOMAN" } }) {
            for (Object[] kommun : new Object[][] { { "Osby", 12 }, { "Hässleholm", 7 } }) {
                jdbc.update("""
                        INSERT INTO stat_case_count (dimension, month_start, kommun, row_value, figure, n)
                        VALUES (?, ?, ?, ?, 'RAISED', ?)""", row[0], Date.valueOf(MONTH.atDay(1)), kommun[0], row[1],
                        kommun[1]);
            }
        }
    }

    SentActivity exchange(TestUser user, TestActivities activity) {
        int before = connector().sentTo(user.personalConversationId()).size();
        bot().send(activity);
        return connector().awaitSent(
                sent -> user.personalConversationId().equals(sent.conversationId())
                        && connector().sentTo(user.personalConversationId()).indexOf(sent) >= before,
                Duration.ofSeconds(20));
    }

    ObjectNode request(String verb, String kind, String from, String breakdown) {
        ObjectNode data = JSON.createObjectNode();
        data.put("verb", verb);
        data.put("kind", kind);
        data.put("from", from);
        data.put("to", "");
        data.put("breakdown", breakdown);
        return data;
    }

    @Test
    void coordinatorGetsTheFormAndThenTheReportCardWithItsChart() throws Exception {
        SentActivity form = exchange(COORDINATOR, TestActivities.personalMessage(COORDINATOR, "statistik"));
        assertThat(form.cardText()).contains("Statistik", "Välj period och uppdelning", "Kvartal");

        SentActivity report = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                request("statsReport", "MONTH", MONTH.toString(), "KOMMUN")));

        var card = report.adaptiveCards().get(0);
        assertThat(report.cardText()).contains("Osby", "Hässleholm", "12", "7", "19", "Hämta Excel");
        String image = card.path("body").findValues("url").get(0).asText();
        assertThat(image).startsWith("data:image/png;base64,");
        assertThat(JSON.writeValueAsBytes(report.body()).length).isLessThan(28 * 1024);
    }

    @Test
    void theReportCardIsAValidAdaptiveCard() {
        SentActivity report = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                request("statsReport", "MONTH", MONTH.toString(), "GENDER")));

        assertThat(AdaptiveCardValidator.shared().problems(report.adaptiveCards().get(0))).isEmpty();
    }

    @Test
    void aMistakeInTheFormComesBackAtItsField() {
        SentActivity again = exchange(COORDINATOR,
                TestActivities.personalSubmit(COORDINATOR, request("statsReport", "MONTH", "2026-13", "NONE")));

        assertThat(again.cardText()).contains("Skriv månaden som ÅÅÅÅ-MM");
    }

    @Test
    void aCaseworkerGetsNoStatistics() {
        TestUser anna = TestUsers.fresh("Anna");

        SentActivity reply = exchange(anna, TestActivities.personalMessage(anna, "statistik"));
        SentActivity submitted = exchange(anna,
                TestActivities.personalSubmit(anna, request("statsReport", "MONTH", MONTH.toString(), "NONE")));

        assertThat(reply.text()).contains("samverkanskoordinatorer");
        assertThat(submitted.text()).contains("samverkanskoordinatorer");
    }

    @Test
    void theReportComesAsAnXlsxFileWhenTheUserAccepts() throws Exception {
        ObjectNode data = request("statsFile", "MONTH", MONTH.toString(), "KOMMUN");
        data.put("format", "XLSX");
        SentActivity offer = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR, data));
        var attachment = offer.body().path("attachments").path(0);
        assertThat(attachment.path("contentType").asText())
            .isEqualTo("application/vnd.microsoft.teams.card.file.consent");
        assertThat(attachment.path("name").asText()).endsWith(".xlsx");

        TestActivities accept = TestActivities.personalMessage(COORDINATOR, "");
        ObjectNode invoke = accept.node();
        invoke.remove("text");
        invoke.put("type", "invoke");
        invoke.put("name", "fileConsent/invoke");
        ObjectNode value = invoke.putObject("value");
        value.put("type", "fileUpload");
        value.put("action", "accept");
        value.set("context", attachment.path("content").path("acceptContext"));
        value.putObject("uploadInfo")
            .put("name", attachment.path("name").asText())
            .put("uploadUrl", "http://127.0.0.1:" + files.getAddress().getPort() + "/upload/stats.xlsx")
            .put("contentUrl", "https://contoso.sharepoint.com/personal/stats.xlsx")
            .put("uniqueId", "stats-1")
            .put("fileType", "xlsx");
        BotClient.Response response = bot().send(accept);

        assertThat(response.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(uploaded.get("/upload/stats.xlsx")))) {
            var sheet = workbook.getSheet("Statistik");
            Double osby = null;
            for (var row : sheet) {
                if (osby == null && row.getCell(0) != null && "Osby".equals(row.getCell(0).toString())) {
                    osby = row.getCell(1).getNumericCellValue();
                }
            }
            // The first Osby row is the case section's: cases raised.
            assertThat(osby).isEqualTo(12.0);
        }
    }

    @Test
    void theFileGoesOnlyToAnUploadHostTeamsUses() {
        ObjectNode data = request("statsFile", "MONTH", MONTH.toString(), "KOMMUN");
        data.put("format", "XLSX");
        SentActivity offer = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR, data));
        var attachment = offer.body().path("attachments").path(0);

        TestActivities accept = TestActivities.personalMessage(COORDINATOR, "");
        ObjectNode invoke = accept.node();
        invoke.remove("text");
        invoke.put("type", "invoke");
        invoke.put("name", "fileConsent/invoke");
        ObjectNode value = invoke.putObject("value");
        value.put("type", "fileUpload");
        value.put("action", "accept");
        value.set("context", attachment.path("content").path("acceptContext"));
        // The same server under a name that is not an upload host (only 127.0.0.1 is, in
        // tests).
        value.putObject("uploadInfo")
            .put("name", attachment.path("name").asText())
            .put("uploadUrl", "http://localhost:" + files.getAddress().getPort() + "/upload/elsewhere.xlsx")
            .put("contentUrl", "https://contoso.sharepoint.com/personal/elsewhere.xlsx")
            .put("uniqueId", "stats-2")
            .put("fileType", "xlsx");
        bot().send(accept);

        assertThat(uploaded).doesNotContainKey("/upload/elsewhere.xlsx");
    }

    @Test
    void scheduledReportGoesToTheOutboxInTheTransactionThatAnnouncedIt() {
        transactions.executeWithoutResult((status) -> events
            .publishEvent(new ReportDue(UserId.of(COORDINATOR.aadObjectId()), ReportPeriod.month(MONTH))));

        String payload = jdbc.queryForObject(
                "SELECT payload FROM outbox_message WHERE origin_kind = 'stats' AND origin_part = ?", String.class,
                MONTH.toString());
        assertThat(payload).contains("data:image/png;base64,").contains("Osby").contains("12");
    }

    @Test
    void adminsReadTheAuditTrailAndOthersDoNot() {
        exchange(COORDINATOR,
                TestActivities.personalSubmit(COORDINATOR, request("statsReport", "MONTH", MONTH.toString(), "NONE")));

        SentActivity review = exchange(ADMIN,
                TestActivities.personalMessage(ADMIN, "granskning " + COORDINATOR.aadObjectId()));
        SentActivity refused = exchange(COORDINATOR,
                TestActivities.personalMessage(COORDINATOR, "granskning " + ADMIN.aadObjectId()));

        assertThat(review.text()).contains("stats.report", COORDINATOR.aadObjectId());
        assertThat(refused.text()).contains("administratörer");
    }

    @Test
    void everyStaffMemberSeesWhatIsStoredAboutThem() {
        TestUser anna = TestUsers.fresh("Anna");

        SentActivity card = exchange(anna, TestActivities.personalMessage(anna, "mina uppgifter"));

        assertThat(card.cardText()).contains("Mina uppgifter", anna.aadObjectId(), "handläggare");
    }

}

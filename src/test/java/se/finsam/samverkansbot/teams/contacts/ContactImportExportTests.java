package se.finsam.samverkansbot.teams.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactFormat;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * Import of a file attached in personal chat (as Teams sends it: a download link) and
 * export through Teams' file consent flow, against a local file host playing SharePoint
 * and OneDrive.
 */
class ContactImportExportTests extends BotIntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static final TestUser COORDINATOR = new TestUser("29:import-coordinator", "aad-import-coordinator", "Koordinator");

    static final String HEADER = "key,agency,unit,kommuner,topics,phone,eService,whenToUse,lastVerified";

    static HttpServer files;

    static final Map<String, String> served = new ConcurrentHashMap<>();

    static final Map<String, byte[]> uploaded = new ConcurrentHashMap<>();

    @BeforeAll
    static void fileHost() throws IOException {
        files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/files/", ContactImportExportTests::serve);
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

    static void serve(HttpExchange exchange) throws IOException {
        String content = served.get(exchange.getRequestURI().getPath());
        if (content == null) {
            exchange.sendResponseHeaders(404, -1);
        }
        else {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @DynamicPropertySource
    static void contactProperties(DynamicPropertyRegistry registry) {
        ContactTestSettings.register(registry, "contact-import-tests", COORDINATOR);
        registry.add("samverkansbot.contacts.import-hosts", () -> "127.0.0.1");
    }

    @Autowired
    ContactDirectory directory;

    static String url(String path) {
        return "http://127.0.0.1:" + files.getAddress().getPort() + path;
    }

    /** A message with a file attached in personal chat, as Teams delivers it. */
    static TestActivities withFile(TestUser user, String text, String name, String content) {
        String path = "/files/" + java.util.UUID.randomUUID() + "/" + name;
        served.put(path, content);
        TestActivities message = TestActivities.personalMessage(user, text);
        ObjectNode attachment = message.node().putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.teams.file.download.info");
        attachment.put("name", name);
        attachment.putObject("content")
            .put("downloadUrl", url(path))
            .put("uniqueId", "file-" + name)
            .put("fileType", name.substring(name.lastIndexOf('.') + 1));
        return message;
    }

    SentActivity exchange(TestUser user, TestActivities activity) {
        int before = connector().sentTo(user.personalConversationId()).size();
        bot().send(activity);
        return connector().awaitSent(
                sent -> user.personalConversationId().equals(sent.conversationId())
                        && connector().sentTo(user.personalConversationId()).indexOf(sent) >= before,
                Duration.ofSeconds(10));
    }

    @Test
    void malformedCsvIsRejectedWithLineNumbersAndNothingChanges() {
        List<ContactPath> before = directory.list(true);
        String csv = HEADER + "\n" + "ny-1,FK,Ny funktion,Osby,sjukpenning,,,Vid frågor,2026-01-01\n"
                + "ny-2,XX,Annan funktion,Osby,,,,,\n" + "ny-3,AF,Tredje,Lund,,,,,\n"
                + "ny-4,AF,Fjärde,Osby,,,http://example.org,,2026-13-45\n";

        SentActivity reply = exchange(COORDINATOR, withFile(COORDINATOR, "importera kontakter", "katalog.csv", csv));

        assertThat(reply.text()).contains("importerades inte", "ingenting i katalogen har ändrats")
            .contains("Rad 3, Myndighet: okänd myndighet")
            .contains("Rad 4, Kommuner (tomt = alla): kommunen finns inte i förbundet")
            .contains("Rad 5, E-tjänst: måste vara en länk")
            .contains("Rad 5, senast kontrollerad: måste vara ett datum")
            .doesNotContain("Rad 2");
        assertThat(directory.list(true)).extracting(ContactPath::key)
            .containsExactlyInAnyOrderElementsOf(before.stream().map(ContactPath::key).toList());
    }

    @Test
    void anImportFileWithAPrivateMobileIsRejectedAtItsLine() {
        String csv = "key,agency,unit,kommuner,phone,mailbox\n" + "ok-vaxel,FK,Växeln,Osby,0771-524 524,\n"
                + "privat,FK,Handläggare,Osby,0708-11 22 33,\n" + "adress,AF,Enheten,Osby,,lars.ek@hotmail.com\n";

        SentActivity reply = exchange(COORDINATOR, withFile(COORDINATOR, "importera kontakter", "privat.csv", csv));

        assertThat(reply.text())
            .contains("importerades inte", "Rad 3, Telefon: är ett mobilnummer",
                    "Rad 4, Funktionsbrevlåda: är en persons e-postadress")
            .doesNotContain("0708", "lars.ek");
        assertThat(directory.list(true)).extracting(ContactPath::key).doesNotContain("ok-vaxel", "privat", "adress");
    }

    @Test
    void csvThatCannotBeParsedIsRejectedAtItsLine() {
        String csv = HEADER + "\n" + "ok-1,FK,Funktion,Osby,,,,,\n" + "ok-2,FK,\"Funktion,Osby,,,,,\n";

        SentActivity reply = exchange(COORDINATOR, withFile(COORDINATOR, "importera kontakter", "trasig.csv", csv));

        assertThat(reply.text()).contains("importerades inte")
            .containsPattern("Rad [34], raden: filen går inte att läsa");
        assertThat(directory.list(true)).extracting(ContactPath::key).doesNotContain("ok-1");
    }

    @Test
    void validCsvIsImportedAndSearchableAtOnceWithSemicolonsAsSwedishExcelWrites() {
        String csv = HEADER.replace(',', ';') + "\n"
                + "import-tolk;OTHER;Tolkförmedlingen (exempel);Osby, Hässleholm;tolk, språk;010-000 00 00 (exempel);https://example.org/tolk;När du behöver tolk till ett möte;2026-11-01\n";

        SentActivity reply = exchange(COORDINATOR, withFile(COORDINATOR, "importera kontakter", "tolk.csv", csv));

        assertThat(reply.text()).contains("Importen är klar: 1 nya");
        SentActivity found = exchange(COORDINATOR, TestActivities.personalMessage(COORDINATOR, "kontakt tolk osby"));
        // As written: the card escapes what Markdown would read.
        assertThat(found.cardText()).contains("Tolkförmedlingen \\(exempel\\)");
        ContactPath path = directory.list(true)
            .stream()
            .filter(p -> "import-tolk".equals(p.key()))
            .findFirst()
            .orElseThrow();
        assertThat(path.kommuner()).containsExactly("Osby", "Hässleholm");
        assertThat(directory.history(path.id())).extracting(c -> c.field() + ":" + c.changedBy())
            .containsExactly("created:" + COORDINATOR.aadObjectId());
    }

    @Test
    void nonCoordinatorCannotImport() {
        TestUser anna = TestUsers.fresh("Anna");
        String csv = HEADER + "\n" + "anna-1,FK,Annas funktion,Osby,,,,,\n";

        SentActivity reply = exchange(anna, withFile(anna, "importera kontakter", "anna.csv", csv));

        assertThat(reply.text()).contains("samverkanskoordinatorer");
        assertThat(directory.list(true)).extracting(ContactPath::key).doesNotContain("anna-1");
    }

    @Test
    void importWithoutAFileExplainsHow() {
        SentActivity reply = exchange(COORDINATOR, TestActivities.personalMessage(COORDINATOR, "importera kontakter"));

        assertThat(reply.text()).contains("Bifoga en CSV- eller YAML-fil");
    }

    @Test
    void exportedFilesImportBackUnchanged() {
        for (ContactFormat format : ContactFormat.values()) {
            String exported = directory.export(format);
            var report = directory.importFile(exported, format, UserId.of(COORDINATOR.aadObjectId()));
            assertThat(report.added()).as(format.name()).isZero();
            assertThat(report.changed()).as(format.name()).isZero();
            assertThat(report.unchanged()).as(format.name()).isEqualTo(directory.list(true).size());
        }
    }

    @Test
    void exportIsOfferedAsAFileAndUploadedWhenTheUserAccepts() throws Exception {
        SentActivity offer = exchange(COORDINATOR, TestActivities.personalMessage(COORDINATOR, "exportera kontakter"));
        var attachment = offer.body().path("attachments").path(0);
        assertThat(attachment.path("contentType").asText())
            .isEqualTo("application/vnd.microsoft.teams.card.file.consent");
        assertThat(attachment.path("name").asText()).startsWith("kontaktvagar-").endsWith(".csv");
        var context = attachment.path("content").path("acceptContext");

        TestActivities accept = TestActivities.personalMessage(COORDINATOR, "");
        ObjectNode invoke = accept.node();
        invoke.remove("text");
        invoke.put("type", "invoke");
        invoke.put("name", "fileConsent/invoke");
        ObjectNode value = invoke.putObject("value");
        value.put("type", "fileUpload");
        value.put("action", "accept");
        value.set("context", context);
        value.putObject("uploadInfo")
            .put("name", attachment.path("name").asText())
            .put("uploadUrl", url("/upload/export.csv"))
            .put("contentUrl", "https://contoso.sharepoint.com/personal/export.csv")
            .put("uniqueId", "export-1")
            .put("fileType", "csv");
        int before = connector().sentTo(COORDINATOR.personalConversationId()).size();
        BotClient.Response response = bot().send(accept);

        assertThat(response.status()).isEqualTo(200);
        String file = new String(uploaded.get("/upload/export.csv"), StandardCharsets.UTF_8);
        assertThat(file).startsWith("key,agency,unit,kommuner").contains("fk-lokal-samverkan");
        SentActivity done = connector().awaitSent(
                sent -> COORDINATOR.personalConversationId().equals(sent.conversationId())
                        && connector().sentTo(COORDINATOR.personalConversationId()).indexOf(sent) >= before,
                Duration.ofSeconds(10));
        assertThat(done.body().path("attachments").path(0).path("contentType").asText())
            .isEqualTo("application/vnd.microsoft.teams.card.file.info");
    }

}

package se.finsam.samverkansbot.stats;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a report turns into: a chart that fits a Teams card, and CSV and XLSX files read
 * back with the same libraries, with Swedish headers, dates and decimal comma, and the
 * same "&lt;5" and ".." as the card.
 */
class ReportOutputTests {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ResourceBundleMessageSource messages = messages();

    private final StatisticsProperties properties = new StatisticsProperties(5, 480, 240, LocalTime.of(7, 0));

    @Test
    void chartIsAPngOfTheConfiguredSizeSmallEnoughForACard() throws Exception {
        byte[] png = new ReportChart(messages, properties).png(report(), SWEDISH);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(480);
        assertThat(image.getHeight()).isEqualTo(240);
        // As a data URI (base64, 4/3 larger) it leaves room in a card of 28 KB.
        assertThat(png.length * 4 / 3).isLessThan(20_000);
    }

    @Test
    void csvReadsBackWithSwedishHeadersAndTheSameProtection() throws Exception {
        byte[] csv = files().csv(report(), SWEDISH);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");

        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
            .with(CsvSchema.emptySchema().withColumnSeparator(';'))
            .readValues(new StringReader(text.substring(1)))) {
            rows.forEachRemaining(lines::add);
        }
        assertThat(lines).contains(List.of("Period", "2026-01-01", "2026-03-31"));
        List<String> header = lines.stream().filter((l) -> l.get(0).equals("Kommun")).findFirst().orElseThrow();
        assertThat(header).startsWith("Kommun", "Ärenden inkomna", "Ärenden med första råd");
        List<String> osby = lines.stream().filter((l) -> l.get(0).equals("Osby")).findFirst().orElseThrow();
        assertThat(osby).startsWith("Osby", "23", "<5", "..");
        List<String> held = lines.stream()
            .filter((l) -> l.get(0).equals("Totalt") && l.size() == 6)
            .findFirst()
            .orElseThrow();
        assertThat(held.get(5)).isEqualTo("87,5");
    }

    @Test
    void xlsxReadsBackWithNumbersDatesAndDecimalComma() throws Exception {
        byte[] xlsx = files().xlsx(report(), SWEDISH);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Statistik");
            DataFormatter swedish = new DataFormatter(SWEDISH);
            Row period = find(sheet, "Period");
            assertThat(period.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(swedish.formatCellValue(period.getCell(2))).isEqualTo("2026-03-31");
            Row osby = find(sheet, "Osby");
            assertThat(osby.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(osby.getCell(1).getNumericCellValue()).isEqualTo(23.0);
            assertThat(osby.getCell(2).getStringCellValue()).isEqualTo("<5");
            assertThat(osby.getCell(3).getStringCellValue()).isEqualTo("..");
            Row followUps = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("Totalt") && row.getLastCellNum() == 6) {
                    followUps = row;
                }
            }
            assertThat(followUps).isNotNull();
            assertThat(followUps.getCell(5).getNumericCellValue()).isEqualTo(87.5);
            assertThat(swedish.formatCellValue(followUps.getCell(5))).isEqualTo("87,5");
            assertThat(find(sheet, "Kommun").getCell(1).getStringCellValue()).isEqualTo("Ärenden inkomna");
        }
    }

    private static Row find(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("No row " + first);
    }

    private ReportFiles files() {
        return new ReportFiles(messages, new CoreProperties(ZoneId.of("Europe/Stockholm")));
    }

    /** Q1 2026 by kommun: Osby 23 raised, advice "<5", closed withheld. */
    private static Report report() {
        Map<Figure, Cell> osby = new EnumMap<>(Figure.class);
        Statistics.CASE_FIGURES.forEach((figure) -> osby.put(figure, Cell.withheld()));
        osby.put(Figure.RAISED, Cell.shown(23L));
        osby.put(Figure.ADVISED, Cell.small());
        Map<Figure, Cell> total = new EnumMap<>(osby);
        total.put(Figure.RAISED, Cell.shown(40L));
        total.put(Figure.MEDIAN_DAYS_TO_ADVICE, Cell.shown(2));
        Map<Figure, Cell> followUps = new EnumMap<>(Figure.class);
        followUps.put(Figure.ACTIVE_PLANS, Cell.shown(12L));
        followUps.put(Figure.REMINDERS_SENT, Cell.shown(30L));
        followUps.put(Figure.ESCALATIONS, Cell.small());
        followUps.put(Figure.HELD, Cell.shown(8L));
        followUps.put(Figure.HELD_ON_TIME_PERCENT, Cell.shown(87.5));
        Report.Section cases = new Report.Section(Breakdown.KOMMUN, Statistics.CASE_FIGURES,
                List.of(new Report.Row("Osby", null, osby)), new Report.Row("*", "stats.total", total));
        Report.Section plans = new Report.Section(Breakdown.NONE, Statistics.FOLLOW_UP_FIGURES, List.of(),
                new Report.Row("*", "stats.total", followUps));
        Report.Section searches = new Report.Section(Breakdown.NONE, List.of(Figure.SEARCHES),
                List.of(new Report.Row("-", "stats.topic.nothingFound", Map.of(Figure.SEARCHES, Cell.shown(9L)))),
                new Report.Row("*", "stats.total", Map.of(Figure.SEARCHES, Cell.shown(9L))));
        List<Report.MonthCell> months = List.of(new Report.MonthCell(YearMonth.of(2026, 1), Cell.shown(15L)),
                new Report.MonthCell(YearMonth.of(2026, 2), Cell.small()),
                new Report.MonthCell(YearMonth.of(2026, 3), Cell.shown(22L)));
        return new Report(ReportPeriod.quarter(2026, 1), Breakdown.KOMMUN,
                List.of(new Kommun("Osby"), new Kommun("Hässleholm")), true, 5, Instant.parse("2026-04-07T08:00:00Z"),
                cases, plans, searches, months);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/stats", "i18n/messages", "i18n/cases");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

}

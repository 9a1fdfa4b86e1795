package se.finsam.samverkansbot.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;

/**
 * A report as a file: CSV (UTF-8 with byte order mark, semicolons, decimal comma, as
 * Swedish Excel reads it) and XLSX (numbers as numbers, dates as dates). Both hold the
 * same cells as the card, with the same disclosure control: "&lt;5" and "..", never the
 * value behind them.
 */
@Component
public class ReportFiles {

    private static final CsvMapper CSV = new CsvMapper();

    private final MessageSource messages;

    private final ZoneId zone;

    ReportFiles(MessageSource messages, CoreProperties core) {
        this.messages = messages;
        this.zone = core.zone();
    }

    /** The file name without extension, e.g. {@code statistik-2026-Q1-kommun}. */
    public String baseName(Report report) {
        return "statistik-" + report.period().key() + "-" + report.breakdown().name().toLowerCase(Locale.ROOT);
    }

    public byte[] csv(Report report, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';');
            try (SequenceWriter rows = CSV.writer(schema).writeValues(writer)) {
                for (List<Object> line : lines(report, locale)) {
                    List<String> texts = new ArrayList<>();
                    for (Object value : line) {
                        texts.add(text(value, report.threshold()));
                    }
                    rows.write(texts.toArray(String[]::new));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] xlsx(Report report, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("stats.file.sheet", locale));
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            for (List<Object> line : lines(report, locale)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                    if (value instanceof Heading heading) {
                        cell.setCellValue(heading.text());
                        cell.setCellStyle(bold);
                    }
                    else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    }
                    else if (value instanceof Cell figure && figure.isShown()) {
                        cell.setCellValue(figure.value().doubleValue());
                        cell.setCellStyle(figure.value() instanceof Double ? decimal : integer);
                    }
                    else {
                        cell.setCellValue(text(value, report.threshold()));
                    }
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            for (int c = 1; c <= Statistics.CASE_FIGURES.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the file: text, dates, headings and cells. */
    private List<List<Object>> lines(Report report, Locale locale) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of(new Heading(text("stats.file.title", locale))));
        lines.add(List.of(text("stats.file.period", locale), report.period().start(), report.period().end()));
        lines.add(List.of(text("stats.file.scope", locale), report.wholeForbund() ? text("stats.scope.forbund", locale)
                : String.join(", ", report.scope().stream().map(Kommun::name).toList())));
        lines.add(List.of(text("stats.file.made", locale), LocalDate.ofInstant(report.madeAt(), zone)));
        lines.add(List.of(text("stats.file.protection", locale, report.threshold())));
        section(lines, "stats.section.cases", report.breakdown(), report.cases(), locale);
        section(lines, "stats.section.followUps", report.followUps().rowKind(), report.followUps(), locale);
        section(lines, "stats.section.contactSearches", null, report.contactSearches(), locale);
        return lines;
    }

    private void section(List<List<Object>> lines, String title, Breakdown breakdown, Report.Section section,
            Locale locale) {
        lines.add(List.of());
        lines.add(List.of(new Heading(text(title, locale))));
        List<Object> header = new ArrayList<>();
        header.add(new Heading(
                breakdown == null ? text("stats.topic", locale) : text("stats.breakdown." + breakdown.name(), locale)));
        section.figures().forEach((figure) -> header.add(new Heading(text("stats.figure." + figure.name(), locale))));
        lines.add(header);
        for (Report.Row row : section.rows()) {
            lines.add(line(row, section, locale));
        }
        lines.add(line(section.total(), section, locale));
    }

    private List<Object> line(Report.Row row, Report.Section section, Locale locale) {
        List<Object> line = new ArrayList<>();
        line.add(row.labelKey() == null ? row.value() : text(row.labelKey(), locale));
        section.figures().forEach((figure) -> line.add(row.cell(figure)));
        return line;
    }

    private static String text(Object value, int threshold) {
        if (value instanceof Cell cell) {
            return cell.text(threshold);
        }
        if (value instanceof Heading heading) {
            return heading.text();
        }
        return value.toString();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private record Heading(String text) {
    }

}

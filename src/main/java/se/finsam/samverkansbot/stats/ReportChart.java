package se.finsam.samverkansbot.stats;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's chart as a PNG, small enough to go into a Teams card as a data URI (a card
 * may hold about 28 KB): for a period of several months, cases raised per month; for one
 * month, cases raised, advised and closed. Only shown figures are drawn: a month whose
 * count is small or withheld has no bar, and the chart says so.
 */
@Component
public class ReportChart {

    private static final Color BAR = new Color(0x46, 0x4E, 0xB8);

    private final MessageSource messages;

    private final StatisticsProperties properties;

    ReportChart(MessageSource messages, StatisticsProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    public int width() {
        return properties.chartWidth();
    }

    public int height() {
        return properties.chartHeight();
    }

    /** The chart of the report as PNG bytes, {@link #width()} by {@link #height()}. */
    public byte[] png(Report report, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = text("stats.figure.RAISED", locale);
        boolean hidden = false;
        if (report.raisedByMonth().size() > 1) {
            for (Report.MonthCell month : report.raisedByMonth()) {
                String label = month.month().getMonth().getDisplayName(TextStyle.SHORT, locale)
                        + (report.period().first().getYear() != report.period().last().getYear()
                                ? " " + (month.month().getYear() % 100) : "");
                hidden |= add(data, month.cell(), series, label);
            }
        }
        else {
            for (Figure figure : List.of(Figure.RAISED, Figure.ADVISED, Figure.CLOSED)) {
                hidden |= add(data, report.cases().total().cell(figure), series,
                        text("stats.figure." + figure.name(), locale));
            }
        }
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot(data), false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (hidden) {
            TextTitle note = new TextTitle(text("stats.chart.hidden", locale, report.threshold()),
                    new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            note.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
            chart.addSubtitle(note);
        }
        BufferedImage image = chart.createBufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB, null);
        try {
            return ChartUtils.encodeAsPNG(image, false, 9);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean add(DefaultCategoryDataset data, Cell cell, String series, String label) {
        if (cell.isShown()) {
            data.addValue(cell.value(), series, label);
            return false;
        }
        data.addValue(null, series, label);
        return true;
    }

    private static CategoryPlot plot(DefaultCategoryDataset data) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        NumberAxis counts = new NumberAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setMaximumBarWidth(0.08);
        CategoryPlot plot = new CategoryPlot(data, categories, counts, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        return plot;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

}

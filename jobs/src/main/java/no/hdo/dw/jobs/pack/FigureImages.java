package no.hdo.dw.jobs.pack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the report pack's figures as PNG images with XChart, headless: {@value #DPI} dpi, Norwegian
 * number style ({@code nb-NO}), the indicator as a labelled red line, in DejaVu Sans, which has the
 * no-break space and the minus sign that Norwegian numbers use.
 */
public final class FigureImages {

    /** The resolution; the image is {@link #WIDTH} x {@link #HEIGHT} points, so {@code WIDTH * DPI / 72} pixels wide. */
    public static final int DPI = 150;

    public static final int WIDTH = 720;
    public static final int HEIGHT = 400;
    public static final String FONT = "DejaVu Sans";

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private FigureImages() {}

    public static void write(PackFigure figure, Path png) throws IOException {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(figure.caption().replaceFirst("^Figur \\d+: ", ""))
                .yAxisTitle(figure.valueTitle())
                .build();
        var styler = chart.getStyler();
        styler.setLocale(NORWEGIAN);
        styler.setDecimalPattern(figure.scale() == 0 ? "#,##0" : "#,##0." + "0".repeat(figure.scale()));
        styler.setChartTitleFont(new Font(FONT, Font.BOLD, 11));
        styler.setAxisTitleFont(new Font(FONT, Font.PLAIN, 11));
        styler.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 10));
        styler.setLegendFont(new Font(FONT, Font.PLAIN, 11));
        styler.setLegendPosition(LegendPosition.OutsideS);
        styler.setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setAxisTicksMarksVisible(true);
        styler.setOverlapped(true);
        styler.setAntiAlias(true);
        styler.setYAxisMin(0.0);
        // room above the highest bar, which otherwise touches the top of the plot
        double highest = figure.series().stream()
                .flatMap(series -> series.values().stream())
                .filter(java.util.Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0);
        if (highest > 0) {
            styler.setYAxisMax(niceCeiling(highest * 1.08));
        }
        boolean lineOnly = figure.series().stream().allMatch(series -> series.kind() == PackFigure.Kind.LINE);
        styler.setDefaultSeriesRenderStyle(lineOnly ? CategorySeriesRenderStyle.Line : CategorySeriesRenderStyle.Bar);
        int bars = (int) figure.series().stream()
                .filter(series -> series.kind() == PackFigure.Kind.BAR)
                .count();
        styler.setOverlapped(bars <= 1);
        for (PackFigure.Series series : figure.series()) {
            List<Double> values = new ArrayList<>();
            for (BigDecimal value : series.values()) {
                values.add(value == null ? null : value.doubleValue());
            }
            CategorySeries drawn = chart.addSeries(series.name(), figure.categories(), values);
            Color colour = new Color(series.rgb());
            drawn.setFillColor(colour);
            drawn.setLineColor(colour);
            drawn.setMarkerColor(colour);
            if (series.kind() == PackFigure.Kind.LINE) {
                drawn.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line);
                drawn.setMarker(series.isIndicator() ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
                drawn.setLineStyle(new BasicStroke(series.isIndicator() ? 2.5f : 3f));
            }
        }
        BitmapEncoder.saveBitmapWithDPI(chart, png.toString(), BitmapFormat.PNG, DPI);
    }

    /** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten that is at least {@code value}. */
    static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}

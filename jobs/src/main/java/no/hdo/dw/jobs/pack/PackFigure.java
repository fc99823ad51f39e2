package no.hdo.dw.jobs.pack;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure of the report pack, drawn twice from the same data: as a native Word chart and as a PNG.
 *
 * @param fileName the PNG's name without {@code .png}
 * @param caption the figure's caption (and the chart's title)
 * @param valueTitle the value axis' title, e.g. {@code "Antall"}
 * @param categories the months, as the axis labels them ({@code "feb. 25"})
 * @param scale the decimals of the values in labels and texts
 * @param unit after a value in texts, e.g. {@code " %"}
 */
public record PackFigure(
        String fileName,
        String caption,
        String valueTitle,
        List<String> categories,
        List<Series> series,
        int scale,
        String unit) {

    public PackFigure {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException(caption + ": series " + one.name() + " has "
                        + one.values().size() + " values for " + categories.size() + " months");
            }
        }
    }

    public enum Kind {
        BAR,
        LINE
    }

    /**
     * One series; a value may be null (unknown month: no bar, no point).
     *
     * @param rgb the series' colour, set explicitly so that every viewer draws the same
     * @param isIndicator the target line (e.g. "Indikator: 8"), drawn as a line without markers
     */
    public record Series(String name, List<BigDecimal> values, Kind kind, int rgb, boolean isIndicator) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** The data series (not the indicator). */
    public List<Series> dataSeries() {
        return series.stream().filter(one -> !one.isIndicator()).toList();
    }
}

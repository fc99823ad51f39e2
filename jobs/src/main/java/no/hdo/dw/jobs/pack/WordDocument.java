package no.hdo.dw.jobs.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import no.hdo.dw.jobs.output.internal.Numbers;
import no.hdo.dw.jobs.pack.PackTable.Cell;
import no.hdo.dw.jobs.pack.internal.StableZip;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes the report pack's {@code .docx} with Apache POI (XWPF): headings, texts, real Word tables
 * (a header row that repeats on every page, numbers right-aligned, sum rows bold) with their
 * captions, and native Word charts (XDDF) whose data the author can edit, each with an alternative
 * text. The bytes depend only on the content: the core properties carry the publication's date and
 * the zip entries a fixed time ({@link StableZip}).
 */
public final class WordDocument {

    private static final String FONT = "Calibri";
    /** The text width of an A4 page with 2.5 cm margins. */
    private static final int TABLE_WIDTH_TWIPS = 9070;

    private static final int CHART_WIDTH_EMU = Units.toEMU(450);
    private static final int CHART_HEIGHT_EMU = Units.toEMU(250);

    private WordDocument() {}

    public static byte[] write(ReportPackContent.Content content) {
        try (XWPFDocument document = new XWPFDocument()) {
            Date date = Date.from(
                    content.publicationDate().atStartOfDay(ZoneOffset.UTC).toInstant());
            var properties = document.getProperties().getCoreProperties();
            properties.setTitle("Virksomhetsrapport " + ReportPackContent.monthName(content.month()));
            properties.setCreator("hdo-dw");
            properties.setCreated(Optional.of(date));
            properties.setModified(Optional.of(date));
            document.createStyles().setSpellingLanguage("nb-NO");
            for (PackBlock block : content.blocks()) {
                if (block instanceof PackBlock.Heading heading) {
                    heading(document, heading);
                } else if (block instanceof PackBlock.Text text) {
                    paragraph(document, text.text(), 11, false, false);
                } else if (block instanceof PackBlock.Note note) {
                    paragraph(document, note.text(), 9, false, true);
                } else if (block instanceof PackBlock.Table table) {
                    table(document, table.table());
                } else if (block instanceof PackBlock.Figure figure) {
                    chart(document, figure.figure());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return StableZip.normalise(out.toByteArray(), content.publicationDate());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word document", e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("cannot add a chart to the Word document", e);
        }
    }

    private static void heading(XWPFDocument document, PackBlock.Heading heading) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(heading.level() <= 1 ? 360 : 200);
        paragraph.setSpacingAfter(120);
        paragraph.setKeepNext(true);
        XWPFRun run = paragraph.createRun();
        run.setText(heading.text());
        run.setBold(true);
        run.setFontFamily(FONT);
        run.setFontSize(heading.level() == 0 ? 20 : heading.level() == 1 ? 16 : 13);
        run.setColor("1F4E79");
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text, int size, boolean bold, boolean italic) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(120);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        return paragraph;
    }

    private static void caption(XWPFDocument document, String text) {
        XWPFParagraph paragraph = paragraph(document, text, 10, true, false);
        paragraph.setSpacingBefore(200);
        paragraph.setSpacingAfter(60);
        paragraph.setKeepNext(true);
    }

    private static void table(XWPFDocument document, PackTable table) {
        caption(document, table.caption());
        XWPFTable word =
                document.createTable(table.rows().size() + 1, table.header().size());
        word.setTableAlignment(TableRowAlign.LEFT);
        CTTblWidth width = word.getCTTbl().getTblPr().isSetTblW()
                ? word.getCTTbl().getTblPr().getTblW()
                : word.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.PCT);
        width.setW(java.math.BigInteger.valueOf(5000));
        XWPFTableRow header = word.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        boolean[] rightAligned = new boolean[table.header().size()];
        for (List<Cell> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                rightAligned[c] |= row.get(c).isRightAligned();
            }
        }
        int columns = table.header().size();
        // the first column holds the row names: a third of the width when there are many columns
        int first = columns <= 2 ? 60 : columns <= 4 ? 40 : 24;
        String[] widths = new String[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = (c == 0 ? first : (100 - first) / (columns - 1)) + "%";
        }
        var grid = word.getCTTbl().getTblGrid() != null
                ? word.getCTTbl().getTblGrid()
                : word.getCTTbl().addNewTblGrid();
        for (int c = 0; c < columns; c++) {
            int percent = Integer.parseInt(widths[c].replace("%", ""));
            var column = c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol();
            column.setW(java.math.BigInteger.valueOf(TABLE_WIDTH_TWIPS * percent / 100));
        }
        word.setTableAlignment(TableRowAlign.LEFT);
        for (int c = 0; c < columns; c++) {
            cell(header.getCell(c), table.header().get(c), rightAligned[c], true, "D9E2F3");
            header.getCell(c).getParagraphs().get(0).getRuns().get(0).setFontSize(8);
            header.getCell(c).setWidth(widths[c]);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = word.getRow(r + 1);
            row.setCantSplitRow(true);
            List<Cell> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                cell(
                        row.getCell(c),
                        cells.get(c).display(),
                        cells.get(c).isRightAligned(),
                        table.boldRows().contains(r),
                        null);
                row.getCell(c).setWidth(widths[c]);
            }
        }
        document.createParagraph().setSpacingAfter(0);
    }

    private static void cell(XWPFTableCell cell, String text, boolean right, boolean bold, String fill) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(right ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontSize(9);
        if (fill != null) {
            cell.setColor(fill);
        }
    }

    private static void chart(XWPFDocument document, PackFigure figure)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        caption(document, figure.caption());
        XWPFParagraph paragraph = document.createParagraph();
        // POI's setKeepNext needs paragraph properties to exist
        paragraph.setSpacingAfter(200);
        XWPFRun run = paragraph.createRun();
        XWPFChart chart = document.createChart(run, CHART_WIDTH_EMU, CHART_HEIGHT_EMU);
        // the caption is the paragraph above, as for tables; Norwegian number style in the labels
        chart.setAutoTitleDeleted(true);
        chartLanguage(chart, "nb-NO");
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setTitle(figure.valueTitle());
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        // whole numbers in Norwegian style whichever locale the viewer draws with: "#,##0" came out as
        // 14,000 in LibreOffice, so the group separator is a literal no-break space below a million
        valueAxis.setNumberFormat("[>=1000]#\u00a0##0;0");

        int months = figure.categories().size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
                figure.categories().toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, months, 0, 0)),
                0);
        XDDFBarChartData bars = null;
        XDDFLineChartData lines = null;
        for (int s = 0; s < figure.series().size(); s++) {
            PackFigure.Series series = figure.series().get(s);
            Double[] values = series.values().stream()
                    .map(value -> value == null ? null : value.doubleValue())
                    .toArray(Double[]::new);
            XDDFNumericalDataSource<Double> data = XDDFDataSourcesFactory.fromArray(
                    values, chart.formatRange(new CellRangeAddress(1, months, s + 1, s + 1)), s + 1);
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb(series.rgb())));
            XDDFChartData.Series added;
            if (series.kind() == PackFigure.Kind.BAR) {
                if (bars == null) {
                    bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
                    bars.setBarDirection(BarDirection.COL);
                    bars.setBarGrouping(BarGrouping.CLUSTERED);
                    bars.setVaryColors(false);
                }
                added = bars.addSeries(categories, data);
                added.setFillProperties(fill);
            } else {
                if (lines == null) {
                    lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
                    lines.setVaryColors(false);
                }
                XDDFLineChartData.Series line = (XDDFLineChartData.Series) lines.addSeries(categories, data);
                line.setMarkerStyle(series.isIndicator() ? MarkerStyle.NONE : MarkerStyle.CIRCLE);
                line.setSmooth(false);
                XDDFLineProperties stroke = new XDDFLineProperties(fill);
                stroke.setWidth(series.isIndicator() ? 2.0 : 2.5);
                XDDFShapeProperties shape = new XDDFShapeProperties();
                shape.setLineProperties(stroke);
                line.setShapeProperties(shape);
                added = line;
            }
            added.setTitle(series.name(), chart.setSheetTitle(series.name(), s + 1));
        }
        if (bars != null) {
            chart.plot(bars);
        }
        if (lines != null) {
            chart.plot(lines);
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(altText(figure));
        inline.getDocPr().setTitle(figure.caption());
    }

    /**
     * Adds {@code <c:lang val="nb-NO"/>} after {@code c:date1904}, where the schema wants it, by hand:
     * poi-ooxml-lite does not carry the class for it.
     */
    private static void chartLanguage(XWPFChart chart, String language) {
        try (org.apache.xmlbeans.XmlCursor cursor = chart.getCTChartSpace().newCursor()) {
            String namespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
            if (cursor.toFirstChild() && cursor.getName().getLocalPart().equals("date1904")) {
                cursor.toNextSibling();
            }
            cursor.beginElement(new javax.xml.namespace.QName(namespace, "lang", "c"));
            cursor.insertAttributeWithValue("val", language);
        }
    }

    /** What the figure shows and its last value, e.g. "... Siste verdi (feb 26): 11. Indikator: 8 pr. mnd." */
    static String altText(PackFigure figure) {
        StringBuilder text = new StringBuilder(figure.caption().replaceFirst("^Figur \\d+: ", ""));
        text.append(", ")
                .append(figure.categories().get(0))
                .append(" – ")
                .append(figure.categories().get(figure.categories().size() - 1))
                .append(". ");
        for (PackFigure.Series series : figure.series()) {
            if (series.isIndicator()) {
                text.append(series.name()).append(series.name().endsWith(".") ? " " : ". ");
                continue;
            }
            int last = series.values().size() - 1;
            BigDecimal value = series.values().get(last);
            text.append(series.name())
                    .append(", siste verdi (")
                    .append(figure.categories().get(last))
                    .append("): ")
                    .append(value == null ? "ukjent" : Numbers.norwegian(value, figure.scale()) + figure.unit())
                    .append(". ");
        }
        return text.toString().strip();
    }

    private static byte[] rgb(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }
}

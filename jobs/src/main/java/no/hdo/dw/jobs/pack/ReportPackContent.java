package no.hdo.dw.jobs.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.jobs.output.internal.Numbers;
import no.hdo.dw.jobs.pack.PackBlock.Figure;
import no.hdo.dw.jobs.pack.PackBlock.Heading;
import no.hdo.dw.jobs.pack.PackBlock.Note;
import no.hdo.dw.jobs.pack.PackBlock.Table;
import no.hdo.dw.jobs.pack.PackBlock.Text;
import no.hdo.dw.jobs.pack.PackTable.Cell;
import no.hdo.dw.jobs.report.AmlBreachesReportQuery;
import no.hdo.dw.jobs.report.AmlBreachesSummaryReport;
import no.hdo.dw.jobs.report.AmlBreachesSummaryReport.RuleShare;
import no.hdo.dw.jobs.report.FinanceReport;
import no.hdo.dw.jobs.report.KeyFiguresReport;
import no.hdo.dw.jobs.report.KeyFiguresReport.KeyFigure;
import no.hdo.dw.jobs.report.ReceivablesReport;
import no.hdo.dw.jobs.report.ResultReport;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;
import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * Everything the report pack shows for one month (outputs.md, "The report pack"), read from the
 * published warehouse through the same queries as the {@code report} and {@code trend} commands,
 * as blocks in the report's order with Norwegian captions and texts.
 */
public final class ReportPackContent {

    static final String[] MONTH_NAMES = {
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember"
    };
    private static final String[] SHORT_MONTH_NAMES = {
        "jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"
    };

    static final int BLUE = 0x1F4E79;
    static final int ORANGE = 0xED7D31;
    static final int RED = 0xC00000;

    static final String UNKNOWN_NOTE = "– betyr ukjent: kilden har ikke levert data for måneden.";

    /** The blocks, and the publication's run date (the document's date, so that the same publication gives the same bytes). */
    public record Content(YearMonth month, LocalDate publicationDate, List<PackBlock> blocks) {

        public List<PackTable> tables() {
            return blocks.stream()
                    .<PackTable>mapMulti((block, tables) -> {
                        if (block instanceof Table table) {
                            tables.accept(table.table());
                        } else if (block instanceof PackBlock.Data data) {
                            tables.accept(data.table());
                        }
                    })
                    .toList();
        }

        public List<PackFigure> figures() {
            return blocks.stream()
                    .filter(Figure.class::isInstance)
                    .map(block -> ((Figure) block).figure())
                    .toList();
        }
    }

    private ReportPackContent() {}

    /** Refuses a month after the publication's reporting month or without staff or ledger figures (one-line reason). */
    public static Content read(Path publishedWarehouse, YearMonth month) {
        LocalDate publicationDate;
        List<KeyFigure> keyFigures;
        List<RuleShare> shares;
        List<String[]> regions;
        BigDecimal[] periodUptime;
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            publicationDate = published
                    .jdbi()
                    .withHandle(handle -> handle.createQuery("select run_date from bi.bi_publication")
                            .mapTo(LocalDate.class)
                            .one());
            YearMonth reportingMonth = YearMonth.from(publicationDate.minusDays(1));
            if (month.isAfter(reportingMonth)) {
                throw new InvalidRequestException("no figures for " + month + ": the publication of " + publicationDate
                        + " reports up to " + reportingMonth);
            }
            keyFigures = KeyFiguresReport.figures(published, month);
            shares = AmlBreachesSummaryReport.shares(published, YearMonth.of(month.getYear(), 1), month);
            regions = published
                    .jdbi()
                    .withHandle(handle -> handle.createQuery("""
                    select health_region, sum(moved_by_month_end), sum(control_rooms)
                      from bi.bi_lifex_rollout_progress
                     where month_start_date = :month
                     group by health_region order by health_region""")
                            .bind("month", month.atDay(1))
                            .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                            .list());
            periodUptime = published
                    .jdbi()
                    .withHandle(handle -> handle.createQuery("""
                    select 100 * (1 - sum(central_unplanned_outage_seconds) / sum(seconds_in_month)),
                           100 * (1 - sum(end_user_unplanned_outage_seconds) / sum(seconds_in_month))
                      from reporting.rpt_medielogg_uptime_monthly
                     where month_start_date between :from and :to
                    having count(*) = :months""")
                            .bind("from", month.withMonth(1).atDay(1))
                            .bind("to", month.atDay(1))
                            .bind("months", month.getMonthValue())
                            .map((rs, ctx) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)})
                            .findOne()
                            .orElse(new BigDecimal[] {null, null}));
        }
        YearMonth january = month.withMonth(1);
        List<PackBlock> blocks = new ArrayList<>();
        blocks.add(new Heading("Virksomhetsrapport " + monthName(month), 0));

        // ---- Økonomi ----
        blocks.add(new Heading("Økonomi", 1));
        ResultTable result = ResultReport.read(publishedWarehouse, january, month);
        blocks.add(new Table(resultTable(result)));
        addIfUnknown(blocks, result);
        blocks.add(new Text(resultSentence(result)));
        blocks.add(new Heading("Likviditet og investeringer", 2));
        FinanceReport.Figures finance = financeFigures(publishedWarehouse, month);
        blocks.add(new Text(financeSentence(finance, month)));
        blocks.add(new PackBlock.Data(financeTable(finance, month)));
        if (finance.liquidityNok() == null
                || finance.liquidityMinimumNok() == null
                || finance.investmentsYtdNok() == null) {
            blocks.add(new Note(UNKNOWN_NOTE));
        }
        LocalDate lastDay = month.atEndOfMonth();
        PackTable receivables = receivablesTable(ReceivablesReport.readOrUnknown(publishedWarehouse, lastDay), lastDay);
        blocks.add(new Table(receivables));
        if (receivables.hasUnknown()) {
            blocks.add(new Note(UNKNOWN_NOTE));
        }

        // ---- Organisatoriske forhold ----
        blocks.add(new Heading("Organisatoriske forhold", 1));
        ResultTable headcount = TrendQuery.read(publishedWarehouse, TrendMetric.HEADCOUNT, month, 1);
        blocks.add(new Table(headcountTable(headcount, lastDay)));
        blocks.add(new Table(keyFiguresTable(keyFigures, month)));
        if (keyFigures.stream().anyMatch(figure -> figure.value() == null)) {
            blocks.add(new Note(UNKNOWN_NOTE));
        }
        ResultTable perRuleAndMonth = AmlBreachesReportQuery.read(publishedWarehouse, january, month);
        PackTable breaches = breachesTable(perRuleAndMonth, shares, month);
        blocks.add(new Table(breaches));
        if (breaches.hasUnknown()) {
            blocks.add(new Note(UNKNOWN_NOTE));
        }
        ResultTable sickLeave =
                TrendQuery.read(publishedWarehouse, TrendMetric.SICK_LEAVE, month, month.getMonthValue());
        PackTable sickLeaveTable = sickLeaveTable(sickLeave, month);
        blocks.add(new Table(sickLeaveTable));
        if (sickLeaveTable.hasUnknown()) {
            blocks.add(new Note(UNKNOWN_NOTE));
        }
        // the indicator lines are the monthly targets of the seed (turnus_key_figure_targets), as in Tabell 4
        BigDecimal breachTarget = monthlyTarget(keyFigures, month, "aml_breaches");
        BigDecimal sickLeaveTarget = monthlyTarget(keyFigures, month, "sick_leave_pct");
        ResultTable breachTrend = TrendQuery.read(publishedWarehouse, TrendMetric.AML_BREACHES, month, 13);
        blocks.add(new Figure(new PackFigure(
                "figur-1-aml-brudd-13-mnd",
                "Figur 1: Totalt AML-brudd i foretaket siste 13 måneder",
                "Antall brudd",
                categories(breachTrend),
                List.of(
                        series("AML-brudd", breachTrend, 1, PackFigure.Kind.BAR, BLUE),
                        indicator(
                                "Indikator: " + plain(breachTarget) + " pr. mnd.",
                                breachTrend.rows().size(),
                                breachTarget)),
                0,
                "")));
        ResultTable sickTrend = TrendQuery.read(publishedWarehouse, TrendMetric.SICK_LEAVE, month, 13);
        blocks.add(new Figure(new PackFigure(
                "figur-2-sykefravaer-13-mnd",
                "Figur 2: Totalt sykefravær i foretaket siste 13 måneder",
                "Prosent",
                categories(sickTrend),
                List.of(
                        series("Sykefravær totalt", sickTrend, 3, PackFigure.Kind.BAR, BLUE),
                        indicator(
                                "Indikator: " + plain(sickLeaveTarget) + " %",
                                sickTrend.rows().size(),
                                sickLeaveTarget)),
                2,
                " %")));
        ResultTable overtimeTrend = TrendQuery.read(publishedWarehouse, TrendMetric.OVERTIME, month, 13);
        blocks.add(new Figure(new PackFigure(
                "figur-3-overtid-13-mnd",
                "Figur 3: Totalt overtidstimer i foretaket siste 13 måneder",
                "Timer",
                categories(overtimeTrend),
                List.of(series("Overtidstimer", overtimeTrend, 1, PackFigure.Kind.BAR, BLUE)),
                0,
                "")));

        // ---- Videoløsninger ----
        blocks.add(new Heading("Videoløsninger", 1));
        ResultTable video = TrendQuery.read(publishedWarehouse, TrendMetric.VIDEO_CALLS, month, 12);
        List<List<Object>> periodVideo = video.rows()
                .subList(
                        video.rows().size() - month.getMonthValue(),
                        video.rows().size());
        BigDecimal bliksund = sum(periodVideo, 1);
        BigDecimal snla = sum(periodVideo, 2);
        BigDecimal total = sum(periodVideo, 3);
        blocks.add(new Text("Antall gjennomførte videosamtaler i perioden " + period(month) + ", begge løsningene: "
                + count(total) + " (Bliksund " + count(bliksund) + ", SNLA " + count(snla) + ")."));
        blocks.add(new PackBlock.Data(new PackTable(
                "videosamtaler-i-perioden",
                "Antall gjennomførte videosamtaler i perioden " + period(month),
                List.of("Løsning", "Samtaler"),
                List.of(
                        List.of(Cell.text("Bliksund"), Cell.number(bliksund, 0, "")),
                        List.of(Cell.text("SNLA"), Cell.number(snla, 0, "")),
                        List.of(Cell.text("Totalt"), Cell.number(total, 0, ""))),
                Set.of(2))));
        blocks.add(new Figure(new PackFigure(
                "figur-4-videosamtaler-12-mnd",
                "Figur 4: Antall gjennomførte videosamtaler med videoløsningene fra Bliksund og SNLA de siste 12 måneder",
                "Antall samtaler",
                categories(video),
                List.of(
                        series("Bliksund", video, 1, PackFigure.Kind.BAR, BLUE),
                        series("SNLA", video, 2, PackFigure.Kind.BAR, ORANGE)),
                0,
                "")));

        // ---- Medielogg ----
        blocks.add(new Heading("Medielogg", 1));
        blocks.add(new Text("Oppetid i perioden " + period(month) + ": sentrale komponenter og samtalelogging "
                + percent(periodUptime[0]) + ", tilgang for sluttbrukere " + percent(periodUptime[1]) + "."));
        ResultTable uptime =
                TrendQuery.read(publishedWarehouse, TrendMetric.MEDIELOGG_UPTIME, month, month.getMonthValue());
        PackTable uptimeTable = uptimeTable(uptime, month);
        blocks.add(new Table(uptimeTable));
        if (uptimeTable.hasUnknown() || periodUptime[0] == null) {
            blocks.add(new Note(UNKNOWN_NOTE));
        }

        // ---- Kontrollrom ----
        blocks.add(new Heading("Kontrollrom", 1));
        ResultTable rollout = TrendQuery.read(publishedWarehouse, TrendMetric.LIFEX_ROLLOUT, month, 13);
        Object moved = rollout.rows().get(rollout.rows().size() - 1).get(2);
        List<String> complete = regions.stream()
                .filter(region -> region[1].equals(region[2]))
                .map(region -> region[0])
                .toList();
        blocks.add(new Text((moved == null ? Cell.UNKNOWN : count(new BigDecimal(moved.toString())))
                + " kontrollrom er lagt om fra ICCS til LifeX ved utgangen av " + monthName(month) + "."
                + (complete.isEmpty() ? "" : " Alle kontrollrom i " + regionList(complete) + " er lagt om.")));
        blocks.add(new Table(regionsTable(regions, month)));
        blocks.add(new Figure(new PackFigure(
                "figur-5-lifex-omlagt-13-mnd",
                "Figur 5: Antall kontrollrom lagt om til LifeX, akkumulert siste 13 måneder",
                "Antall kontrollrom",
                categories(rollout),
                List.of(series("Omlagt totalt", rollout, 2, PackFigure.Kind.LINE, BLUE)),
                0,
                "")));
        return new Content(month, publicationDate, List.copyOf(blocks));
    }

    // ---- tables ----

    private static final Set<String> SUM_ROWS = Set.of(
            "Sum Omsetning",
            "Sum Personalkostnader",
            "Sum Driftskostnader",
            "Sum Totale Kostnader",
            "Sum Finans",
            "Resultat");

    private static PackTable resultTable(ResultTable result) {
        List<List<Cell>> rows = new ArrayList<>();
        Set<Integer> bold = new java.util.HashSet<>();
        for (List<Object> row : result.rows()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text((String) row.get(0)));
            for (int c = 1; c < row.size(); c++) {
                cells.add(Cell.number(mnok(row.get(c)), 1, ""));
            }
            if (SUM_ROWS.contains((String) row.get(0))) {
                bold.add(rows.size());
            }
            rows.add(cells);
        }
        return new PackTable(
                "tabell-1-resultat",
                "Tabell 1: Resultat mot budsjett i perioden og hittil i år (HiÅ). Tall i MNOK",
                List.of("", "Faktisk", "Budsjett", "Avvik", "Faktisk HiÅ", "Budsjett HiÅ", "Avvik HiÅ", "Årsbudsjett"),
                rows,
                bold);
    }

    /** {@code report finance} of the month; a month the ledger's years do not reach gives unknown figures. */
    static FinanceReport.Figures financeFigures(Path publishedWarehouse, YearMonth month) {
        try {
            return FinanceReport.figures(publishedWarehouse, month);
        } catch (InvalidRequestException e) {
            return new FinanceReport.Figures(month, null, null, null);
        }
    }

    /** The finance sentence's figures as a table, in MNOK with one decimal as the sentence prints them. */
    static PackTable financeTable(FinanceReport.Figures finance, YearMonth month) {
        return new PackTable(
                "likviditet-og-investeringer",
                "Likviditet og investeringer " + monthName(month) + ". Tall i MNOK",
                List.of("Nøkkeltall", "MNOK"),
                List.of(
                        List.of(
                                Cell.text("Likviditet ved utgangen av " + monthName(month)),
                                Cell.number(mnok(finance.liquidityNok()), 1, "")),
                        List.of(Cell.text("Ønsket minimum"), Cell.number(mnok(finance.liquidityMinimumNok()), 1, "")),
                        List.of(
                                Cell.text("Aktiverte investeringer hittil i år"),
                                Cell.number(mnok(finance.investmentsYtdNok()), 1, ""))),
                Set.of());
    }

    /** "Likviditet ved utgangen av februar 2026: 13,1 MNOK, under ønsket minimum på 30,0 MNOK. Aktiverte investeringer ..." */
    static String financeSentence(FinanceReport.Figures finance, YearMonth month) {
        BigDecimal liquidity = finance.liquidityNok();
        BigDecimal minimum = finance.liquidityMinimumNok();
        String against = liquidity == null || minimum == null
                ? ", ønsket minimum " + mnokText(minimum)
                : liquidity.compareTo(minimum) < 0
                        ? ", under ønsket minimum på " + mnokText(minimum)
                        : ", over ønsket minimum på " + mnokText(minimum);
        return "Likviditet ved utgangen av " + monthName(month) + ": " + mnokText(liquidity) + against
                + ". Aktiverte investeringer hittil i år: " + mnokText(finance.investmentsYtdNok()) + ".";
    }

    private static String mnokText(BigDecimal nok) {
        return nok == null ? Cell.UNKNOWN : Numbers.norwegian(mnok(nok).setScale(1, RoundingMode.HALF_UP), 1) + " MNOK";
    }

    private static String resultSentence(ResultTable result) {
        BigDecimal resultDeviation = null;
        BigDecimal costDeviation = BigDecimal.ZERO;
        for (List<Object> row : result.rows()) {
            String line = (String) row.get(0);
            BigDecimal deviation = decimal(row.get(3));
            if (line.equals("Resultat")) {
                resultDeviation = deviation;
            }
            // the sum of the two deviations as the table prints them, so that the sentence agrees with what
            // the reader adds up (8,2 + 0,7 = 8,9 in the seed report, where unrounded amounts give 9,0)
            if (line.equals("Sum Totale Kostnader") || line.equals("Sum Finans")) {
                costDeviation = deviation == null || costDeviation == null
                        ? null
                        : costDeviation.add(mnok(deviation).setScale(1, RoundingMode.HALF_UP));
            }
        }
        if (resultDeviation == null || costDeviation == null) {
            return "Resultatet for perioden er ukjent (–): regnskapet dekker ikke alle månedene.";
        }
        BigDecimal shownResult = mnok(resultDeviation).setScale(1, RoundingMode.HALF_UP);
        BigDecimal shownCosts = costDeviation;
        return "For perioden er det et " + (shownResult.signum() < 0 ? "negativt" : "positivt") + " resultat på "
                + Numbers.norwegian(shownResult.abs(), 1) + " MNOK. Totale kostnader inkludert finans for perioden er "
                + Numbers.norwegian(shownCosts.abs(), 1) + " MNOK " + (shownCosts.signum() < 0 ? "over" : "under")
                + " budsjett.";
    }

    private static PackTable receivablesTable(ResultTable receivables, LocalDate asOf) {
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Object> row : receivables.rows()) {
            rows.add(List.of(Cell.text((String) row.get(0)), Cell.number(knok(row.get(1)), 0, "")));
        }
        return new PackTable(
                "tabell-2-kundereskontro",
                "Tabell 2: Kundereskontro per " + asOf.getDayOfMonth() + ". " + MONTH_NAMES[asOf.getMonthValue() - 1]
                        + " " + asOf.getYear() + ". Tall i 1000 NOK",
                List.of("Forfall", "Beløp"),
                rows,
                Set.of(rows.size() - 1));
    }

    private static PackTable headcountTable(ResultTable headcount, LocalDate asOf) {
        List<Object> row = headcount.rows().get(0);
        List<List<Cell>> rows = List.of(
                List.of(Cell.text("Fast ansatte"), count(row.get(1))),
                List.of(Cell.text("Lærlinger og traineer"), count(row.get(3))),
                List.of(Cell.text("Midlertidig ansatte"), count(row.get(2))),
                List.of(Cell.text("Totalt"), count(row.get(4))));
        return new PackTable(
                "tabell-3-antall-ansatte",
                "Tabell 3: Antall ansatte per " + asOf.getDayOfMonth() + ". " + MONTH_NAMES[asOf.getMonthValue() - 1]
                        + " " + asOf.getYear(),
                List.of("Ansettelsesform", "Antall"),
                rows,
                Set.of(3));
    }

    private static PackTable keyFiguresTable(List<KeyFigure> figures, YearMonth month) {
        List<String> header = new ArrayList<>();
        header.add("Nøkkeltall");
        for (YearMonth m = month.withMonth(1); !m.isAfter(month); m = m.plusMonths(1)) {
            header.add(capitalized(MONTH_NAMES[m.getMonthValue() - 1]));
        }
        header.add("Hittil i år");
        header.add("Mål");
        Map<String, List<KeyFigure>> byFigure = new LinkedHashMap<>();
        for (KeyFigure figure : figures) {
            byFigure.computeIfAbsent(figure.figure(), key -> new ArrayList<>()).add(figure);
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (List<KeyFigure> periods : byFigure.values()) {
            KeyFigure first = periods.get(0);
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(first.figureNameNb() + (first.unit().equals("hours") ? " (timer)" : "")));
            for (KeyFigure period : periods) {
                cells.add(
                        first.unit().equals("pct")
                                ? Cell.number(period.value(), 2, " %")
                                : Cell.number(period.value(), 0, ""));
            }
            cells.add(Cell.text(first.targetTextNb() == null ? "" : first.targetTextNb()));
            rows.add(cells);
        }
        return new PackTable("tabell-4-nokkeltall", "Tabell 4: Nøkkeltall i foretaket", header, rows, Set.of());
    }

    private static PackTable breachesTable(ResultTable perRuleAndMonth, List<RuleShare> shares, YearMonth month) {
        int months = month.getMonthValue();
        List<String> header = new ArrayList<>();
        header.add("Brudd på arbeidsmiljøloven");
        for (YearMonth m = month.withMonth(1); !m.isAfter(month); m = m.plusMonths(1)) {
            header.add(capitalized(MONTH_NAMES[m.getMonthValue() - 1]));
        }
        header.add("Totalt");
        header.add("Prosent av alle brudd");
        List<List<Cell>> rows = new ArrayList<>();
        long[] monthTotals = new long[months];
        // a month without a shifts file is unknown for every rule, and so is its total
        boolean[] monthUnknown = new boolean[months];
        for (int r = 0; r < shares.size(); r++) {
            RuleShare share = shares.get(r);
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(share.reportTextNb()));
            for (int m = 0; m < months; m++) {
                if (share.isTotal()) {
                    cells.add(monthUnknown[m] ? Cell.number(null, 0, "") : Cell.number(monthTotals[m]));
                } else {
                    Object value = perRuleAndMonth.rows().get(r * months + m).get(2);
                    if (value == null) {
                        monthUnknown[m] = true;
                        cells.add(Cell.number(null, 0, ""));
                    } else {
                        monthTotals[m] += ((Number) value).longValue();
                        cells.add(Cell.number(((Number) value).longValue()));
                    }
                }
            }
            cells.add(share.breaches() == null ? Cell.number(null, 0, "") : Cell.number(share.breaches()));
            cells.add(Cell.number(share.sharePct(), 0, " %"));
            rows.add(cells);
        }
        return new PackTable(
                "tabell-5-aml-brudd",
                "Tabell 5: Oversikt over antall AML-brudd i foretaket i perioden",
                header,
                rows,
                Set.of(rows.size() - 1));
    }

    private static PackTable sickLeaveTable(ResultTable sickLeave, YearMonth month) {
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Object> row : sickLeave.rows()) {
            YearMonth m = YearMonth.parse((String) row.get(0));
            rows.add(List.of(
                    Cell.text(capitalized(MONTH_NAMES[m.getMonthValue() - 1]) + " " + m.getYear()),
                    Cell.number(decimal(row.get(1)), 2, " %"),
                    Cell.number(decimal(row.get(2)), 2, " %"),
                    Cell.number(decimal(row.get(3)), 2, " %")));
        }
        return new PackTable(
                "tabell-6-sykefravaer",
                "Tabell 6: Sykefravær i foretaket per måned, korttid og langtid",
                List.of("Måned", "Korttid", "Langtid", "Totalt"),
                rows,
                Set.of());
    }

    private static PackTable uptimeTable(ResultTable uptime, YearMonth month) {
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Object> row : uptime.rows()) {
            YearMonth m = YearMonth.parse((String) row.get(0));
            rows.add(List.of(
                    Cell.text(capitalized(MONTH_NAMES[m.getMonthValue() - 1]) + " " + m.getYear()),
                    Cell.number(decimal(row.get(1)), 2, " %"),
                    Cell.number(decimal(row.get(2)), 2, " %")));
        }
        return new PackTable(
                "tabell-7-medielogg-oppetid",
                "Tabell 7: Oppetid for medielogg per måned",
                List.of("Måned", "Sentrale komponenter og samtalelogging", "Tilgang for sluttbrukere"),
                rows,
                Set.of());
    }

    private static PackTable regionsTable(List<String[]> regions, YearMonth month) {
        List<List<Cell>> rows = new ArrayList<>();
        long moved = 0;
        long rooms = 0;
        for (String[] region : regions) {
            moved += Long.parseLong(region[1]);
            rooms += Long.parseLong(region[2]);
            rows.add(List.of(
                    Cell.text(region[0]),
                    Cell.number(Long.parseLong(region[1])),
                    Cell.number(Long.parseLong(region[2])),
                    Cell.text(region[1].equals(region[2]) ? "Ja" : "Nei")));
        }
        rows.add(List.of(
                Cell.text("Totalt"), Cell.number(moved), Cell.number(rooms), Cell.text(moved == rooms ? "Ja" : "Nei")));
        return new PackTable(
                "tabell-8-lifex-regioner",
                "Tabell 8: Kontrollrom lagt om til LifeX per helseregion ved utgangen av " + monthName(month),
                List.of("Helseregion", "Lagt om", "Kontrollrom", "Ferdig"),
                rows,
                Set.of(rows.size() - 1));
    }

    // ---- figures ----

    private static List<String> categories(ResultTable trend) {
        return trend.rows().stream()
                .map(row -> {
                    YearMonth m = YearMonth.parse((String) row.get(0));
                    return SHORT_MONTH_NAMES[m.getMonthValue() - 1] + " "
                            + String.valueOf(m.getYear()).substring(2);
                })
                .toList();
    }

    private static PackFigure.Series series(String name, ResultTable trend, int column, PackFigure.Kind kind, int rgb) {
        List<BigDecimal> values = new ArrayList<>();
        for (List<Object> row : trend.rows()) {
            values.add(decimal(row.get(column)));
        }
        return new PackFigure.Series(name, values, kind, rgb, false);
    }

    private static PackFigure.Series indicator(String name, int months, BigDecimal value) {
        return new PackFigure.Series(
                name, java.util.Collections.nCopies(months, value), PackFigure.Kind.LINE, RED, true);
    }

    // ---- words and numbers ----

    static String monthName(YearMonth month) {
        return MONTH_NAMES[month.getMonthValue() - 1] + " " + month.getYear();
    }

    private static String period(YearMonth month) {
        return month.getMonthValue() == 1
                ? monthName(month)
                : MONTH_NAMES[0] + "–" + MONTH_NAMES[month.getMonthValue() - 1] + " " + month.getYear();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String regionList(List<String> regions) {
        String list = "region " + regions.get(0);
        for (int i = 1; i < regions.size(); i++) {
            list += (i == regions.size() - 1 ? " og " : ", ") + regions.get(i);
        }
        return list;
    }

    private static void addIfUnknown(List<PackBlock> blocks, ResultTable table) {
        if (table.rows().stream().flatMap(List::stream).anyMatch(cell -> cell == null)) {
            blocks.add(new Note(UNKNOWN_NOTE));
        }
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : Numbers.toBigDecimal((Number) value);
    }

    private static BigDecimal mnok(Object nok) {
        return nok == null ? null : decimal(nok).movePointLeft(6);
    }

    private static BigDecimal knok(Object nok) {
        return nok == null ? null : decimal(nok).movePointLeft(3);
    }

    private static Cell count(Object value) {
        return Cell.number(decimal(value), 0, "");
    }

    private static String count(BigDecimal value) {
        return value == null ? Cell.UNKNOWN : Numbers.norwegian(value, 0);
    }

    private static String percent(BigDecimal value) {
        if (value == null) {
            return Cell.UNKNOWN;
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        return (rounded.compareTo(BigDecimal.valueOf(100)) == 0 ? "100" : Numbers.norwegian(rounded, 2)) + " %";
    }

    private static BigDecimal sum(List<List<Object>> rows, int column) {
        BigDecimal total = BigDecimal.ZERO;
        for (List<Object> row : rows) {
            if (row.get(column) == null) {
                return null;
            }
            total = total.add(decimal(row.get(column)));
        }
        return total;
    }

    /** The target of {@code figure} for the month itself (not the year to date's, which is a multiple). */
    private static BigDecimal monthlyTarget(List<KeyFigure> keyFigures, YearMonth month, String figure) {
        return keyFigures.stream()
                .filter(keyFigure ->
                        keyFigure.figure().equals(figure) && keyFigure.period().equals(month.toString()))
                .map(KeyFigure::target)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the publication has no target of " + figure));
    }

    /** A target as the indicator's label writes it: 8, 5, 7,5. */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}

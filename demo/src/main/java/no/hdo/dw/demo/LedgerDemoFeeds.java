package no.hdo.dw.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import no.hdo.dw.demo.DemoInbox.FeedSummary;
import no.hdo.dw.feeds.SaftFile;
import no.hdo.dw.feeds.SaftFile.Account;
import no.hdo.dw.feeds.SaftFile.Customer;
import no.hdo.dw.feeds.SaftFile.Department;
import no.hdo.dw.feeds.SaftFile.Line;
import no.hdo.dw.feeds.SaftFile.Transaction;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.warehouse.Seeds;
import no.hdo.dw.warehouse.Seeds.Seed;

/**
 * The demo's ledger: SAF-T files for 2025 and for January–February 2026 (and a preliminary
 * January file the latter replaces), the approved 2026 budget, and the customers' open items of
 * 31 January and 28 February 2026, and the report-line mapping as the finance owners deliver it.
 *
 * <p>The report lines' January–February totals ({@link #PLAN}) were chosen, unrounded, so that every
 * cell of the business report's result table rounds to the published figure, sums and deviations
 * included (they are computed from unrounded amounts); the postings and budget rows are spread
 * from them to the øre, so the warehouse must give them back exactly.
 */
public final class LedgerDemoFeeds {

    static final String SAFT = "ledger/saft";
    static final String BUDGET = TextFeed.BUDGET.key();
    static final String RECEIVABLES = TextFeed.OPEN_ITEMS.key();
    static final String MAPPING = TextFeed.REPORT_LINE_MAPPING.key();

    private static final String COMPANY = "986352325";
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    /**
     * A report line's January–February 2026 actual and budget and its annual budget, in NOK as the
     * report shows them (revenue positive), and the accounts it is posted on.
     */
    record PlanLine(
            String line,
            BigDecimal actualNok,
            BigDecimal budgetNok,
            BigDecimal annualBudgetNok,
            boolean revenue,
            List<String> accounts) {

        PlanLine(String line, String actual, String budget, String annual, String... accounts) {
            this(
                    line,
                    new BigDecimal(actual).setScale(2),
                    new BigDecimal(budget).setScale(2),
                    new BigDecimal(annual).setScale(2),
                    accounts[0].startsWith("3"),
                    List.of(accounts));
        }

        /** The ledger's sign: revenue is credit, so negative. */
        long ledgerCents(BigDecimal shown) {
            return shown.movePointRight(2).longValueExact() * (revenue ? -1 : 1);
        }
    }

    static final List<PlanLine> PLAN = List.of(
            new PlanLine("Driftsinntekt", "37666842.56", "37767187.07", "226566247.82", "3000", "3100"),
            new PlanLine("Forvaltningsinntekt", "24266551.29", "24266299.91", "145666647.60", "3200"),
            new PlanLine("Annen inntekt", "2266827.04", "2199969.80", "39033537.20", "3600", "3900"),
            new PlanLine("Lønninger", "14400321.08", "15067023.66", "85666601.31", "5000"),
            new PlanLine("Overtid", "600351.70", "533308.86", "3266806.75", "5020"),
            new PlanLine("Faste tillegg", "1133593.07", "1033158.01", "5633638.36", "5030"),
            new PlanLine("Feriepenger", "1966855.34", "2033625.80", "11633103.94", "5090", "5180"),
            new PlanLine("Pensjonskostnad", "2666780.40", "2700428.12", "16067075.38", "5945"),
            new PlanLine("Arbeidsgiveravgift", "3032994.81", "3066722.04", "17732986.73", "5400"),
            new PlanLine("Andre personalkostnader", "800570.25", "832783.62", "4866134.88", "5900", "5990"),
            new PlanLine("Avskrivninger", "9866297.30", "11333008.74", "70566196.35", "6010"),
            new PlanLine("Husleie/Behold", "2867140.91", "2833422.03", "17067030.71", "6300"),
            new PlanLine("IT utstyr og vedlikehold", "999641.07", "1166554.80", "7466486.53", "6420", "6600"),
            new PlanLine("Tjenestekjøp", "5333198.10", "7066797.22", "36066581.05", "6705"),
            new PlanLine("Frikjøp", "933096.17", "1699627.72", "8733185.28", "6790"),
            new PlanLine("Kontorutstyr", "67132.86", "133412.79", "833617.59", "6800"),
            new PlanLine("Telefon og mobil", "1433020.71", "900572.09", "5466471.50", "6900", "6910"),
            new PlanLine("Transmisjon og data", "1267021.76", "2299511.24", "13699689.68", "6907"),
            new PlanLine("Møter, kurs og forum", "799603.97", "966922.65", "4066302.75", "6860"),
            new PlanLine("Reisekostnader", "733169.36", "933248.58", "5066147.38", "7140"),
            new PlanLine("Lisens, support og garanti", "11133751.88", "13467190.64", "64732946.04", "7500", "7600"),
            new PlanLine("Andre kostnader", "-866761.83", "-666162.15", "21666236.56", "7790"),
            new PlanLine("Finans", "-1266833.08", "-532915.85", "10966856.50", "8050"));

    static final List<Account> ACCOUNTS = List.of(
            new Account("1209", "Akkumulerte avskrivninger", "balanseverdiForAnleggsmiddel", "1205"),
            new Account("1250", "Inventar og IT-utstyr", "balanseverdiForAnleggsmiddel", "1250"),
            new Account("1500", "Kundefordringer", "balanseverdiForOmloepsmiddel", "1500"),
            new Account("1920", "Bankinnskudd", "balanseverdiForOmloepsmiddel", "1920"),
            new Account("2400", "Leverandørgjeld", "kortsiktigGjeld", "2400"),
            new Account("2930", "Skyldig lønn", "kortsiktigGjeld", "2930"),
            new Account("3000", "Driftsinntekt helseforetak", "salgsinntekt", "3200"),
            new Account("3100", "Driftsinntekt kommuner", "salgsinntekt", "3200"),
            new Account("3200", "Forvaltningsinntekt nødnett", "salgsinntekt", "3200"),
            new Account("3600", "Leieinntekt", "annenDriftsinntekt", "3600"),
            new Account("3900", "Andre driftsinntekter", "annenDriftsinntekt", "3900"),
            new Account("5000", "Lønn til ansatte", "loennskostnad", "5000"),
            new Account("5020", "Overtidsgodtgjørelse", "loennskostnad", "5000"),
            new Account("5030", "Faste tillegg", "loennskostnad", "5000"),
            new Account("5090", "Feriepenger", "loennskostnad", "5000"),
            new Account("5180", "Feriepenger på overtid", "loennskostnad", "5000"),
            new Account("5400", "Arbeidsgiveravgift", "loennskostnad", "5400"),
            new Account("5900", "Velferdstiltak", "loennskostnad", "5900"),
            new Account("5945", "Pensjonskostnad SPK", "loennskostnad", "5900"),
            new Account("5990", "Annen personalkostnad", "loennskostnad", "5900"),
            new Account("6010", "Avskrivning driftsmidler", "annenDriftskostnad", "6000"),
            new Account("6300", "Leie lokaler", "annenDriftskostnad", "6300"),
            new Account("6420", "Leie datasystemer", "annenDriftskostnad", "6500"),
            new Account("6600", "Vedlikehold IT-utstyr", "annenDriftskostnad", "6500"),
            new Account("6705", "Konsulenttjenester", "annenDriftskostnad", "6700"),
            new Account("6790", "Frikjøp", "annenDriftskostnad", "6700"),
            new Account("6800", "Kontorrekvisita", "annenDriftskostnad", "6500"),
            new Account("6860", "Møter, kurs og forum", "annenDriftskostnad", "7700"),
            new Account("6900", "Telefon", "annenDriftskostnad", "7700"),
            new Account("6907", "Transmisjon og datalinjer", "annenDriftskostnad", "7700"),
            new Account("6910", "Mobiltelefon", "annenDriftskostnad", "7700"),
            new Account("7140", "Reisekostnader", "annenDriftskostnad", "7700"),
            new Account("7500", "Lisenser", "annenDriftskostnad", "7700"),
            new Account("7600", "Support og garanti", "annenDriftskostnad", "7700"),
            new Account("7790", "Andre kostnader og refusjoner", "annenDriftskostnad", "7700"),
            new Account("8050", "Renteinntekt", "finansinntekt", "8050"));

    static final List<Customer> CUSTOMERS = List.of(
            new Customer("10001", "Helse Nord RHF"),
            new Customer("10002", "Helse Midt-Norge RHF"),
            new Customer("10003", "Helse Vest RHF"),
            new Customer("10004", "Oslo kommune"),
            new Customer("10005", "Helse Sør-Øst RHF"),
            new Customer("10007", "Sykehusapotekene HF"),
            new Customer("10008", "Norsk Helsenett SF"));

    static final List<Department> DEPARTMENTS = List.of(
            new Department("100", "Administrasjon"),
            new Department("200", "Drift nødnett"),
            new Department("300", "Tjenesteutvikling"),
            new Department("400", "IKT-infrastruktur"),
            new Department("500", "Kundesenter"));

    /** The report's liquidity at the end of February 2026 (bank, account 1920): 13,1 MNOK. */
    static final BigDecimal LIQUIDITY_END_OF_FEBRUARY = new BigDecimal("13112904.37");

    /** The year's activated investments by the end of February 2026 (debit on 1250): 9,3 MNOK. */
    static final BigDecimal INVESTMENTS_JANUARY_FEBRUARY = new BigDecimal("9287500.00");

    /** The balance-sheet accounts' balances at 1 January 2025 (NOK, debit positive); the bank's is computed. */
    private static final Map<String, BigDecimal> OPENING_2025 = Map.of(
            "1209",
            new BigDecimal("-21500000.00"),
            "1250",
            new BigDecimal("48000000.00"),
            "1500",
            new BigDecimal("18400000.00"),
            "2400",
            new BigDecimal("-9800000.00"),
            "2930",
            new BigDecimal("-6200000.00"));

    private LedgerDemoFeeds() {}

    public static Map<String, FeedSummary> write(Path inbox) throws IOException {
        return write(inbox, 0);
    }

    /**
     * The demo's ledger with {@code reversalsPerMonth} more transactions in each month of the SAF-T
     * files, for the benchmarks: each posts an amount on a result account and takes it back on the
     * same account and department, so every balance and every figure stays the demo's.
     */
    public static Map<String, FeedSummary> write(Path inbox, int reversalsPerMonth) throws IOException {
        Map<String, FeedSummary> feeds = new LinkedHashMap<>();
        Path saftFolder = Files.createDirectories(inbox.resolve(SAFT));
        SplittableRandom random = new SplittableRandom(20260228);

        List<Transaction> transactions2025 = transactions2025(random);
        List<Transaction> january = transactions(JANUARY, true, random);
        List<Transaction> february = transactions(FEBRUARY, false, random);
        SplittableRandom reversals = new SplittableRandom(reversalsPerMonth);
        for (int monthNo = 1; monthNo <= 12; monthNo++) {
            transactions2025.addAll(reversals(YearMonth.of(2025, monthNo), reversalsPerMonth, reversals));
        }
        // first, so the preliminary January file's cut of its last entries stays as it was
        january.addAll(0, reversals(JANUARY, reversalsPerMonth, reversals));
        february.addAll(reversals(FEBRUARY, reversalsPerMonth, reversals));
        // Investments first, so the random draws and the preliminary file's cut stay as they were.
        transactions2025.addAll(0, investments2025());
        january.addAll(0, investments(JANUARY, "2500000.00", "1625000.00"));
        february.addAll(0, investments(FEBRUARY, "3000000.00", "2162500.00"));
        List<Transaction> both = new ArrayList<>(january);
        both.addAll(february);
        // The bank's balance at 1 January 2025 is what makes liquidity at the end of February 2026 the report's figure.
        Map<String, BigDecimal> opening2025 = new LinkedHashMap<>(OPENING_2025);
        opening2025.put(
                "1920",
                LIQUIDITY_END_OF_FEBRUARY.subtract(bank(transactions2025)).subtract(bank(both)));
        SaftFile year2025 = saft(YearMonth.of(2025, 1), YearMonth.of(2025, 12), transactions2025, opening2025);
        year2025.write(saftFolder.resolve(year2025.fileName("20260115020000")));
        // 2026 opens with 2025's closing balances on the balance-sheet accounts and 0 on the result accounts.
        Map<String, BigDecimal> opening2026 = new LinkedHashMap<>();
        year2025.closingBalances().forEach((account, balance) -> {
            if (account.compareTo("3000") < 0) {
                opening2026.put(account, balance);
            }
        });
        // The preliminary January file lacks the month's last entries; the January-February file replaces it.
        SaftFile preliminary = saft(JANUARY, JANUARY, january.subList(0, january.size() - 40), opening2026);
        preliminary.write(saftFolder.resolve(preliminary.fileName("20260205020000")));
        SaftFile final2026 = saft(JANUARY, FEBRUARY, both, opening2026);
        final2026.write(saftFolder.resolve(final2026.fileName("20260301020000")));
        feeds.put(
                SAFT,
                new FeedSummary(
                        3,
                        year2025.lineCount()
                                + preliminary.lineCount()
                                + final2026.lineCount()
                                + 3L * (ACCOUNTS.size() + CUSTOMERS.size() + DEPARTMENTS.size() + 1),
                        Map.of(),
                        0,
                        List.of()));

        feeds.put(BUDGET, new FeedSummary(1, writeBudget(inbox, random), Map.of(), 0, List.of()));
        feeds.put(RECEIVABLES, new FeedSummary(2, writeOpenItems(inbox), Map.of(), 0, List.of()));
        feeds.put(MAPPING, new FeedSummary(1, writeMapping(inbox), Map.of(), 0, List.of()));
        return feeds;
    }

    /**
     * The mapping as the finance owners deliver it: the project's default (the seed
     * {@code sql/seeds/ledger_account_report_line.csv}), row for row, so the demo shows the feed
     * without changing the report.
     */
    private static long writeMapping(Path inbox) {
        Seed seed = Seeds.seed("ledger_account_report_line");
        if (!seed.columns()
                .equals(List.of("report_line_name", "account_from", "account_to", "valid_from", "valid_to"))) {
            throw new IllegalStateException(
                    "the seed " + seed.path() + " has other columns than the demo knows: " + seed.columns());
        }
        List<String> rows = seed.rows().stream()
                .map(row -> TextFeed.REPORT_LINE_MAPPING.row(
                        row.stream().map(field -> field == null ? "" : field).toArray(String[]::new)))
                .toList();
        TextFeed.REPORT_LINE_MAPPING.deliver(inbox, TextFeed.REPORT_LINE_MAPPING.fileName("20251215120000"), rows);
        return rows.size();
    }

    private static SaftFile saft(
            YearMonth from, YearMonth to, List<Transaction> transactions, Map<String, BigDecimal> opening) {
        return new SaftFile(COMPANY, from, to, ACCOUNTS, CUSTOMERS, DEPARTMENTS, transactions, opening);
    }

    /** The lines on the bank account 1920, debit positive. */
    private static BigDecimal bank(List<Transaction> transactions) {
        return transactions.stream()
                .flatMap(transaction -> transaction.lines().stream())
                .filter(line -> line.accountId().equals("1920"))
                .map(Line::amountNok)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Equipment bought from suppliers: debit the fixed-asset account 1250, credit 2400. */
    private static List<Transaction> investments(YearMonth month, String... amounts) {
        List<Transaction> transactions = new ArrayList<>();
        for (int index = 0; index < amounts.length; index++) {
            BigDecimal amount = new BigDecimal(amounts[index]);
            transactions.add(new Transaction(
                    "INV-" + month + "-" + (index + 1),
                    month,
                    month.atDay(10 + 5 * index),
                    "Investering",
                    List.of(
                            new Line("1250", amount, null, null, "Aktivert investering " + month),
                            new Line("2400", amount.negate(), null, null, "Leverandør investering " + month))));
        }
        return transactions;
    }

    /** 2025: an investment each quarter. */
    private static List<Transaction> investments2025() {
        List<Transaction> transactions = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            transactions.addAll(investments(
                    YearMonth.of(2025, quarter * 3), String.valueOf(1_800_000 + quarter * 150_000) + ".00"));
        }
        return transactions;
    }

    /** The month's postings of every report line: its share of the January-February total, to the øre. */
    private static List<Transaction> transactions(YearMonth month, boolean first, SplittableRandom random) {
        List<Transaction> transactions = new ArrayList<>();
        int lineNo = 0;
        for (PlanLine line : PLAN) {
            long total = line.ledgerCents(line.actualNok());
            long januaryShare = Math.round(
                    total * (0.47 + 0.06 * new SplittableRandom(line.line().hashCode()).nextDouble()));
            long monthTotal = first ? januaryShare : total - januaryShare;
            post(transactions, month, line, monthTotal, 6, random, "26" + (first ? "01" : "02") + "-" + (++lineNo));
        }
        payments(transactions, month, random);
        return transactions;
    }

    /** Postings taken back at once: two lines each, the same account and department, the amount and its negation. */
    private static List<Transaction> reversals(YearMonth month, int count, SplittableRandom random) {
        List<Transaction> transactions = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            PlanLine line = PLAN.get(random.nextInt(PLAN.size()));
            String account = line.accounts().get(random.nextInt(line.accounts().size()));
            String department =
                    DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())).departmentId();
            BigDecimal amount = BigDecimal.valueOf(100 + random.nextLong(5_000_000L), 2);
            String id = "R" + month.toString().replace("-", "") + "-" + index;
            transactions.add(new Transaction(
                    id,
                    month,
                    month.atDay(1 + random.nextInt(month.lengthOfMonth())),
                    "Tilbakeført",
                    List.of(
                            new Line(account, amount, department, null, null),
                            new Line(account, amount.negate(), department, null, null))));
        }
        return transactions;
    }

    /** 2025: a plausible year, each line near a twelfth of the 2026 budget. */
    private static List<Transaction> transactions2025(SplittableRandom random) {
        List<Transaction> transactions = new ArrayList<>();
        for (int monthNo = 1; monthNo <= 12; monthNo++) {
            YearMonth month = YearMonth.of(2025, monthNo);
            int lineNo = 0;
            for (PlanLine line : PLAN) {
                long monthly = Math.round(
                        line.ledgerCents(line.annualBudgetNok()) / 12.0 * (0.9 + 0.12 * random.nextDouble()));
                post(
                        transactions,
                        month,
                        line,
                        monthly,
                        4,
                        random,
                        "25" + String.format("%02d", monthNo) + "-" + (++lineNo));
            }
            payments(transactions, month, random);
        }
        return transactions;
    }

    /** Splits {@code cents} over the line's accounts and a few vouchers, each against a balance-sheet account. */
    private static void post(
            List<Transaction> transactions,
            YearMonth month,
            PlanLine line,
            long cents,
            int vouchers,
            SplittableRandom random,
            String idPrefix) {
        long[] parts = split(cents, vouchers, random);
        for (int voucher = 0; voucher < parts.length; voucher++) {
            String account = line.accounts().get(voucher % line.accounts().size());
            BigDecimal amount = BigDecimal.valueOf(parts[voucher], 2);
            LocalDate date = month.atDay(Math.min(month.lengthOfMonth(), 3 + voucher * 4 + random.nextInt(3)));
            String counterAccount;
            String customer = null;
            if (line.revenue()) {
                counterAccount = "1500";
                customer = CUSTOMERS.get(random.nextInt(CUSTOMERS.size())).customerId();
            } else if (account.startsWith("50") || account.startsWith("51")) {
                counterAccount = "2930";
            } else if (account.equals("6010")) {
                counterAccount = "1209";
            } else if (account.startsWith("80")) {
                counterAccount = "1920";
            } else {
                counterAccount = "2400";
            }
            String department = line.revenue() || account.startsWith("80")
                    ? null
                    : DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())).departmentId();
            transactions.add(new Transaction(
                    idPrefix + "-" + (voucher + 1),
                    month,
                    date,
                    line.line(),
                    List.of(
                            new Line(account, amount, department, null, line.line() + " " + month),
                            new Line(counterAccount, amount.negate(), null, customer, line.line() + " " + month))));
        }
    }

    /** Customers paying and suppliers paid: bank lines that do not touch the result. */
    private static void payments(List<Transaction> transactions, YearMonth month, SplittableRandom random) {
        for (int payment = 1; payment <= 20; payment++) {
            BigDecimal amount = BigDecimal.valueOf(100_000_00L + random.nextLong(5_000_000_00L), 2);
            boolean incoming = payment % 2 == 0;
            String customer =
                    incoming ? CUSTOMERS.get(random.nextInt(CUSTOMERS.size())).customerId() : null;
            transactions.add(new Transaction(
                    "BANK-" + month + "-" + payment,
                    month,
                    month.atDay(1 + payment),
                    incoming ? "Innbetaling" : "Utbetaling",
                    List.of(
                            new Line("1920", incoming ? amount : amount.negate(), null, null, "Bank"),
                            new Line(
                                    incoming ? "1500" : "2400",
                                    incoming ? amount.negate() : amount,
                                    null,
                                    customer,
                                    incoming ? "Innbetaling kunde" : "Betaling leverandør"))));
        }
    }

    /** The 2026 budget: January and February from the plan, March-December the rest of the annual budget. */
    private static long writeBudget(Path inbox, SplittableRandom random) {
        List<String> rows = new ArrayList<>();
        for (PlanLine line : PLAN) {
            long januaryAndFebruary = line.ledgerCents(line.budgetNok());
            long january = Math.round(januaryAndFebruary * (0.48 + 0.04 * random.nextDouble()));
            long[] months = new long[12];
            months[0] = january;
            months[1] = januaryAndFebruary - january;
            long[] rest = split(line.ledgerCents(line.annualBudgetNok()) - januaryAndFebruary, 10, random);
            System.arraycopy(rest, 0, months, 2, 10);
            for (int month = 0; month < 12; month++) {
                long[] perAccount = split(months[month], line.accounts().size(), random);
                for (int account = 0; account < perAccount.length; account++) {
                    String department = line.revenue() || line.line().equals("Finans") ? "" : "200";
                    rows.add(TextFeed.BUDGET.row(
                            "2026",
                            String.valueOf(month + 1),
                            line.accounts().get(account),
                            department,
                            BigDecimal.valueOf(perAccount[account], 2)
                                    .toPlainString()
                                    .replace('.', ',')));
                }
            }
        }
        TextFeed.BUDGET.deliver(inbox, TextFeed.BUDGET.fileName("2026", "20251215120000"), rows);
        return rows.size();
    }

    /**
     * Open items of 28 February 2026 whose aging buckets are the report's (1000 NOK): -198, 234, 21, 40
     * and 31 644, sum 31 741; and a smaller snapshot of 31 January.
     */
    private static long writeOpenItems(Path inbox) {
        List<String> february = List.of(
                "10004;Oslo kommune;251290;2026-01-02;2026-02-01;-198000,00;NOK",
                "10007;Sykehusapotekene HF;260140;2026-02-20;2026-02-25;234000,00;NOK",
                "10008;Norsk Helsenett SF;260151;2026-02-23;2026-03-04;12500,00;NOK",
                "10004;Oslo kommune;260152;2026-02-24;2026-03-06;8500,00;NOK",
                "10007;Sykehusapotekene HF;260153;2026-02-25;2026-03-12;40000,00;NOK",
                "10001;Helse Nord RHF;260112;2026-02-10;2026-03-20;5822000,00;NOK",
                "10002;Helse Midt-Norge RHF;260113;2026-02-10;2026-03-30;5100250,40;NOK",
                "10003;Helse Vest RHF;260114;2026-02-10;2026-03-25;6450000,00;NOK",
                "10005;Helse Sør-Øst RHF;260115;2026-02-10;2026-04-10;14271749,60;NOK");
        List<String> january = List.of(
                "10001;Helse Nord RHF;260012;2026-01-10;2026-02-20;5790000,00;NOK",
                "10004;Oslo kommune;251290;2026-01-02;2026-02-01;-198000,00;NOK",
                "10005;Helse Sør-Øst RHF;260015;2026-01-10;2026-03-10;14100000,00;NOK");
        TextFeed.OPEN_ITEMS.deliver(inbox, TextFeed.OPEN_ITEMS.fileName("2026-01-31", "20260201020000"), january);
        TextFeed.OPEN_ITEMS.deliver(inbox, TextFeed.OPEN_ITEMS.fileName("2026-02-28", "20260301020000"), february);
        return february.size() + january.size();
    }

    /** {@code total} in {@code parts} parts of varying size that add up to it exactly. */
    private static long[] split(long total, int parts, SplittableRandom random) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int part = 0; part < parts; part++) {
            weights[part] = 0.7 + 0.6 * random.nextDouble();
            sum += weights[part];
        }
        long[] amounts = new long[parts];
        long assigned = 0;
        for (int part = 0; part < parts - 1; part++) {
            amounts[part] = Math.round(total * weights[part] / sum);
            assigned += amounts[part];
        }
        amounts[parts - 1] = total - assigned;
        return amounts;
    }
}

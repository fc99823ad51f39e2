package no.hdo.dw.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.hdo.dw.feeds.SaftFile;

/**
 * A large SAF-T Financial 1.30 file for the benchmark, and the same lines as a {@code ;}-separated
 * CSV for DuckDB to load by itself. Two-line transactions (a cost or revenue account against the
 * bank) over the twelve months of 2025, fixed seed: the same bytes for the same number of lines.
 * Written as a stream: the control totals are summed in a first pass over the same random numbers.
 */
final class SaftFileGenerator {

    static final String CSV_HEADER =
            "transaction_id;period_year;period;transaction_date;record_id;account_id;department_id;debit_amount;credit_amount;description";
    private static final long SEED = 20250101L;
    private static final String[] ACCOUNTS = {"3000", "3200", "5000", "5400", "6300", "6907", "7500", "7790"};

    /** Writes the two files unless they are there with this many lines; returns whether it wrote them. */
    boolean ensure(Path saft, Path csv, long lines) throws IOException {
        Path marker = saft.resolveSibling("." + saft.getFileName() + "." + lines + ".done");
        if (Files.exists(saft) && Files.exists(csv) && Files.exists(marker)) {
            return false;
        }
        Files.createDirectories(saft.getParent());
        Files.createDirectories(csv.getParent());
        try (var markers = Files.list(saft.getParent())) {
            for (Path old : markers.filter(path -> path.getFileName().toString().endsWith(".done"))
                    .toList()) {
                Files.delete(old);
            }
        }
        long transactions = lines / 2;
        long totalCents = 0;
        SplittableRandom random = new SplittableRandom(SEED);
        for (long transaction = 0; transaction < transactions; transaction++) {
            totalCents += cents(random);
            random.nextInt(ACCOUNTS.length);
            random.nextInt(28);
        }
        BigDecimal total = BigDecimal.valueOf(totalCents, 2);
        List<SaftFile.Account> accounts = new ArrayList<>();
        accounts.add(new SaftFile.Account("1920", "Bankinnskudd", "balanseverdiForOmloepsmiddel", "1920"));
        for (String account : ACCOUNTS) {
            accounts.add(new SaftFile.Account(account, "Konto " + account, "annenDriftskostnad", account));
        }
        Path saftTemporary = saft.resolveSibling("." + saft.getFileName() + ".tmp");
        Path csvTemporary = csv.resolveSibling("." + csv.getFileName() + ".tmp");
        random = new SplittableRandom(SEED);
        try (Writer xml = new BufferedWriter(Files.newBufferedWriter(saftTemporary, StandardCharsets.UTF_8), 1 << 20);
                Writer text =
                        new BufferedWriter(Files.newBufferedWriter(csvTemporary, StandardCharsets.UTF_8), 1 << 20)) {
            SaftFile.writeStart(
                    xml,
                    "986352325",
                    YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12),
                    accounts,
                    List.of(),
                    List.of(new SaftFile.Department("200", "Drift nødnett")));
            SaftFile.writeEntriesStart(xml, transactions, total, total);
            text.write(CSV_HEADER);
            text.write('\n');
            for (long transaction = 0; transaction < transactions; transaction++) {
                BigDecimal amount = BigDecimal.valueOf(cents(random), 2);
                String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
                YearMonth period = YearMonth.of(2025, (int) (transaction * 12 / transactions) + 1);
                var date = period.atDay(1 + random.nextInt(28));
                String id = "T" + transaction;
                SaftFile.writeTransaction(
                        xml,
                        new SaftFile.Transaction(
                                id,
                                period,
                                date,
                                "Bilag " + id,
                                List.of(
                                        new SaftFile.Line(account, amount, "200", null, "Linje " + id),
                                        new SaftFile.Line("1920", amount.negate(), null, null, "Bank " + id))));
                String plain = amount.toPlainString();
                text.write(id + ";2025;" + period.getMonthValue() + ";" + date + ";1;" + account + ";200;" + plain
                        + ";;Linje " + id + "\n");
                text.write(id + ";2025;" + period.getMonthValue() + ";" + date + ";2;1920;;;" + plain + ";Bank " + id
                        + "\n");
            }
            SaftFile.writeEnd(xml);
        }
        Files.move(saftTemporary, saft, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(csvTemporary, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(marker, "");
        return true;
    }

    private static long cents(SplittableRandom random) {
        return 100 + random.nextLong(10_000_000L);
    }
}

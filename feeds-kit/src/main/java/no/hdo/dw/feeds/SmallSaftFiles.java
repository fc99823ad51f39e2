package no.hdo.dw.feeds;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.hdo.dw.feeds.SaftFile.Account;
import no.hdo.dw.feeds.SaftFile.Line;
import no.hdo.dw.feeds.SaftFile.Transaction;

/**
 * Small SAF-T files for the tests (of the landing steps in {@code pipeline}, of the nightly job and
 * the ledger reports in {@code jobs}): organisation 999999999, seven accounts, one customer and one
 * department; and where things are in their text.
 */
public final class SmallSaftFiles {

    public static final List<Account> ACCOUNTS = List.of(
            new Account("1500", "Kundefordringer", "balanseverdiForOmloepsmiddel", "1500"),
            new Account("1920", "Bankinnskudd", "balanseverdiForOmloepsmiddel", "1920"),
            new Account("3000", "Salgsinntekt", "salgsinntekt", "3000"),
            new Account("3200", "Forvaltningsinntekt", "annenDriftsinntekt", "3200"),
            new Account("5000", "Lønn", "loennskostnad", "5000"),
            new Account("6907", "Transmisjon", "annenDriftskostnad", "6900"),
            new Account("8050", "Renteinntekt", "annenFinansinntekt", "8050"));

    private SmallSaftFiles() {}

    public static BigDecimal nok(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    /** A balanced transaction: the amounts on the accounts, the remainder to the bank (1920). */
    public static Transaction transaction(String id, YearMonth period, Object... accountsAndAmounts) {
        List<Line> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int index = 0; index < accountsAndAmounts.length; index += 2) {
            BigDecimal amount = nok((String) accountsAndAmounts[index + 1]);
            lines.add(new Line((String) accountsAndAmounts[index], amount, "100", null, "linje " + id));
            sum = sum.add(amount);
        }
        lines.add(new Line("1920", sum.negate(), null, null, "bank " + id));
        return new Transaction(id, period, period.atDay(15), "bilag " + id, lines);
    }

    public static SaftFile file(YearMonth from, YearMonth to, Transaction... transactions) {
        return new SaftFile(
                "999999999",
                from,
                to,
                ACCOUNTS,
                List.of(new SaftFile.Customer("10001", "Helse Nord RHF")),
                List.of(new SaftFile.Department("100", "Drift")),
                List.of(transactions));
    }

    /** The 1-based line in {@code text} where {@code fragment} first occurs. */
    public static long lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        if (at < 0) {
            throw new IllegalArgumentException("no " + fragment + " in the file");
        }
        return text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}

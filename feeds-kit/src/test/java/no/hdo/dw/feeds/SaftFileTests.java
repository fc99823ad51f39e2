package no.hdo.dw.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.hdo.dw.feeds.SaftFile.Account;
import no.hdo.dw.feeds.SaftFile.Line;
import no.hdo.dw.feeds.SaftFile.Transaction;
import org.junit.jupiter.api.Test;

class SaftFileTests {

    @Test
    void theControlTotalsAreTheSumsOfTheLinesAndTextIsEscaped() {
        // given two balanced transactions
        YearMonth january = YearMonth.of(2026, 1);
        SaftFile file = new SaftFile(
                "999999999",
                january,
                january,
                List.of(
                        new Account("1920", "Bank & kasse", "balanseverdiForOmloepsmiddel", "1920"),
                        new Account("3000", "Salg", "salgsinntekt", "3000")),
                List.of(),
                List.of(),
                List.of(
                        new Transaction(
                                "T1",
                                january,
                                LocalDate.of(2026, 1, 5),
                                "Salg <januar>",
                                List.of(
                                        new Line("1920", new BigDecimal("100.50"), null, null, "inn"),
                                        new Line("3000", new BigDecimal("-100.50"), null, null, "salg"))),
                        new Transaction(
                                "T2",
                                january,
                                LocalDate.of(2026, 1, 6),
                                null,
                                List.of(
                                        new Line("1920", new BigDecimal("20.00"), null, null, null),
                                        new Line("3000", new BigDecimal("-20.00"), null, null, null)))));

        // when
        String xml = file.toXml();

        // then
        assertThat(file.fileName("20260201020000")).isEqualTo("SAF-T Financial_999999999_20260201020000_1_1.xml");
        assertThat(file.lineCount()).isEqualTo(4);
        assertThat(xml)
                .contains(
                        "<NumberOfEntries>2</NumberOfEntries>",
                        "<TotalDebit>120.50</TotalDebit>",
                        "<TotalCredit>120.50</TotalCredit>",
                        "<AccountDescription>Bank &amp; kasse</AccountDescription>",
                        "<Description>Salg &lt;januar&gt;</Description>",
                        "<CreditAmount>\n            <Amount>100.50</Amount>");
        assertThat(xml)
                .startsWith(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AuditFile xmlns=\"urn:StandardAuditFile-Taxation-Financial:NO\">")
                .endsWith("</AuditFile>\n");
    }
}

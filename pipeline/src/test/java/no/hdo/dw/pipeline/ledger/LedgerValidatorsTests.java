package no.hdo.dw.pipeline.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.junit.jupiter.api.Test;

/** The budget and open-item validators, row by row (sources.md, ledger/budget and ledger/receivables). */
class LedgerValidatorsTests {

    private final BudgetLineValidator budget = new BudgetLineValidator();
    private final OpenItemValidator openItems = new OpenItemValidator();
    private final MappingRowValidator mapping = new MappingRowValidator();

    private Checked<MappingRow> mapping(String row) {
        return mapping.process(new SourceRecord<>(2, new LedgerRow(List.of(row.split(";", -1)), null)));
    }

    @Test
    void mappingRowsAreDatedAccountRanges() {
        assertThat(mapping("Telefon og mobil;6907;6907;2026-02-01;").value())
                .isEqualTo(new MappingRow("Telefon og mobil", 6907, 6907, LocalDate.of(2026, 2, 1), null));
        assertThat(mapping("Finans;8000;8199;2015-01-01;2026-12-31").value().validTo())
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(mapping("Finans;8199;8000;2015-01-01;").rejection().field()).isEqualTo("account_to");
        assertThat(mapping("Finans;80x0;8199;2015-01-01;").rejection().field()).isEqualTo("account_from");
        assertThat(mapping("Finans;8000;8199;2026-01-01;2025-12-31").rejection().field())
                .isEqualTo("valid_to");
        assertThat(mapping(";8000;8199;2026-01-01;").rejection().field()).isEqualTo("report_line");
    }

    private Checked<BudgetLine> budget(String row) {
        return budget.process(new SourceRecord<>(2, new LedgerRow(List.of(row.split(";", -1)), "2026")));
    }

    private Checked<OpenItem> openItem(String row) {
        return openItems.process(new SourceRecord<>(2, new LedgerRow(List.of(row.split(";", -1)), "2026-02-28")));
    }

    @Test
    void aBudgetRowInTheLedgersSignWithADecimalComma() {
        assertThat(budget("2026;1;3000;;-18900000,00").value())
                .isEqualTo(new BudgetLine(2026, 1, "3000", null, new BigDecimal("-18900000.00")));
        assertThat(budget("2026;12;5000;100;7550000,5").value())
                .isEqualTo(new BudgetLine(2026, 12, "5000", "100", new BigDecimal("7550000.50")));
    }

    @Test
    void badBudgetRowsNameTheirField() {
        assertThat(budget("2026;0;3000;;1,00").rejection())
                .extracting("field", "reason")
                .containsExactly("month", "month is not a number 1–12");
        assertThat(budget("2025;1;3000;;1,00").rejection())
                .extracting("field", "reason")
                .containsExactly("year", "year is not the file's year 2026");
        assertThat(budget("2026;1;3000;;1 000,00").rejection().field()).isEqualTo("amount");
        assertThat(budget("2026;1;3000;;1000.00").rejection().field()).isEqualTo("amount");
        assertThat(budget("2026;1;;;1,00").rejection().field()).isEqualTo("account");
        assertThat(budget("2026;1;3000;1,00").rejection().reason())
                .isEqualTo("expected 5 fields separated by ';', found 4");
    }

    @Test
    void anOpenItemCarriesTheAsOfDateOfItsFile() {
        assertThat(openItem("10004;Oslo kommune;251290;2026-01-02;2026-02-01;-198000,00;NOK")
                        .value())
                .isEqualTo(new OpenItem(
                        LocalDate.of(2026, 2, 28),
                        "10004",
                        "Oslo kommune",
                        "251290",
                        LocalDate.of(2026, 1, 2),
                        LocalDate.of(2026, 2, 1),
                        new BigDecimal("-198000.00"),
                        "NOK"));
        // due on the invoice day is fine
        assertThat(openItem("10004;Oslo kommune;1;2026-01-02;2026-01-02;1,00;NOK")
                        .isAccepted())
                .isTrue();
    }

    @Test
    void badOpenItemsNameTheirField() {
        assertThat(openItem("1;A;1;2026-02-10;2026-02-09;1,00;NOK").rejection())
                .extracting("field", "reason")
                .containsExactly("due_date", "due_date is before invoice_date 2026-02-10");
        assertThat(openItem("1;A;1;2026-02-10;2026-03-09;1,00;SEK").rejection())
                .extracting("field", "reason")
                .containsExactly("currency", "currency must be NOK");
        assertThat(openItem("1;A;1;10.02.2026;2026-03-09;1,00;NOK").rejection().field())
                .isEqualTo("invoice_date");
        assertThat(openItem("1;A;1;2026-02-10;2026-13-09;1,00;NOK").rejection().field())
                .isEqualTo("due_date");
        assertThat(openItem("1;A;1;2026-02-10;2026-03-09;x;NOK").rejection().field())
                .isEqualTo("amount");
    }
}

package no.hdo.dw.pipeline.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer's open item as of the date of its file (a credit note is negative). */
public record OpenItem(
        LocalDate asOfDate,
        String customerId,
        String customerName,
        String invoiceNo,
        LocalDate invoiceDate,
        LocalDate dueDate,
        BigDecimal amountNok,
        String currency) {}

package no.hdo.dw.pipeline.ledger;

import java.util.List;

/** A row of a {@code ;}-separated ledger file with the period its file name gives (budget year, as-of date). */
public record LedgerRow(List<String> fields, String filePeriod) {}

package no.hdo.dw.pipeline.ledger;

/**
 * A SAF-T record as read, before validation, with what only the whole file knows: whether a line's
 * account is in the file's master data, and whether its period is in the header's selection.
 *
 * @param record            the record as read
 * @param accountKnown      for a line: its {@code AccountID} is in {@code MasterFiles/GeneralLedgerAccounts}
 * @param periodInSelection for a line: its transaction's (PeriodYear, Period) is in the header's selection
 * @param selection         the header's selection, as text for messages ({@code 2026-01..2026-02})
 */
public record SaftElement(SaftRecord record, boolean accountKnown, boolean periodInSelection, String selection) {}

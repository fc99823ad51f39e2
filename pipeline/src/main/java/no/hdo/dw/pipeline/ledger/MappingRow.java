package no.hdo.dw.pipeline.ledger;

import java.time.LocalDate;

/** A row of a delivered account → report-line mapping: an account range and its dates of validity (validTo null = open). */
public record MappingRow(String reportLine, int accountFrom, int accountTo, LocalDate validFrom, LocalDate validTo) {}

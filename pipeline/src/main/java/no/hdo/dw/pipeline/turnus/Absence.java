package no.hdo.dw.pipeline.turnus;

import java.time.LocalDate;

/** An absence spell as landed (turnus/absences); {@code degreePct} is 100 when the file leaves it empty. */
public record Absence(
        String absenceId, String employeeKey, LocalDate fromDate, LocalDate toDate, String code, int degreePct) {}

package no.hdo.dw.pipeline.turnus;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An employment row as landed (turnus/employees): the person only as a pseudonym. {@code validTo}
 * null is open-ended; both dates inclusive.
 */
public record Employment(
        String employeeKey,
        String orgUnit,
        String employmentType,
        BigDecimal positionPct,
        LocalDate validFrom,
        LocalDate validTo,
        boolean amlDispensation) {}

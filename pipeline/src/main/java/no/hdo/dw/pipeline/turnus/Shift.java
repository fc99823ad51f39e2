package no.hdo.dw.pipeline.turnus;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A shift as landed (turnus/shifts): the local times as delivered and the instants they denote in
 * Europe/Oslo, the person only as a pseudonym.
 */
public record Shift(
        String shiftId,
        String employeeKey,
        String orgUnit,
        LocalDateTime startLocal,
        Instant startAt,
        LocalDateTime endLocal,
        Instant endAt,
        String shiftType) {}

package no.hdo.dw.pipeline.lifex;

import java.time.LocalDate;

/**
 * A control room as one tracker snapshot gives it, landed with its words made canonical
 * ({@code type}, {@code region}, {@code status} as sources.md spells them). {@code controlRoomId}
 * is the name with spaces collapsed and in lower case: the key across snapshots.
 */
public record LifexControlRoom(
        String controlRoomId,
        String controlRoomName,
        String type,
        String region,
        String healthTrust,
        LocalDate plannedCutoverDate,
        LocalDate cutoverDate,
        String status,
        String comment,
        String sheetRow) {}

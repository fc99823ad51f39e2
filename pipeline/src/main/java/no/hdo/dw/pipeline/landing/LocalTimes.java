package no.hdo.dw.pipeline.landing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/** Europe/Oslo local times, as every feed's local times are (sources.md, ground rules). */
public final class LocalTimes {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneRules RULES = OSLO.getRules();

    private LocalTimes() {}

    /**
     * The instant of a local time: null for a time in the spring-forward gap, which never
     * happened; the first of the two for a time in the doubled autumn hour.
     */
    public static Instant toInstant(LocalDateTime local) {
        List<ZoneOffset> offsets = RULES.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return null;
        }
        return local.toInstant(offsets.get(0));
    }
}

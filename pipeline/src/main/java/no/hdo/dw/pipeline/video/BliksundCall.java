package no.hdo.dw.pipeline.video;

import java.time.Instant;

/** A video call from the Bliksund platform, as landed. {@code endAt} is null unless completed. */
public record BliksundCall(
        String callId, Instant startAt, Instant endAt, String centre, String status, Integer participants) {}

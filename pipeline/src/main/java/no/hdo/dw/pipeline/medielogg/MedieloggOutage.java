package no.hdo.dw.pipeline.medielogg;

import java.time.Instant;

/** An outage of a media-log component, as landed. {@code outageEnd} is null while it is still ongoing. */
public record MedieloggOutage(String component, Instant outageStart, Instant outageEnd, boolean planned) {}

package no.hdo.dw.feeds;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;

/**
 * The records of the video feeds as the platforms write them (sources.md): a Bliksund JSON line with
 * ISO 8601 times and their Oslo offset, an SNLA row with Oslo local time {@code dd.MM.yyyy HH:mm:ss}.
 * Times are epoch seconds; an end below zero means the call has none. A writer that wants a broken
 * record builds it from these pieces ({@link #isoOslo}, {@link #snlaTime}).
 */
public final class VideoLines {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneRules OSLO_RULES = OSLO.getRules();
    private static final DateTimeFormatter SNLA_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss");

    private VideoLines() {}

    /**
     * A Bliksund line: {@code {"callId":..,"start":..,"end":..|null,"centre":..,"status":..,"participants":n}},
     * with an extra {@code client} field at the end when it is not null (the contract says to ignore it).
     */
    public static String bliksund(
            String callId, long start, long end, String centre, String status, int participants, String client) {
        return appendBliksund(new StringBuilder(160), callId, start, end, centre, status, participants, client)
                .toString();
    }

    /** {@link #bliksund} into {@code line}, for a writer of millions of lines. */
    public static StringBuilder appendBliksund(
            StringBuilder line,
            String callId,
            long start,
            long end,
            String centre,
            String status,
            int participants,
            String client) {
        line.append("{\"callId\":\"").append(callId).append("\",\"start\":\"");
        appendIsoOslo(line, start);
        line.append("\",\"end\":");
        if (end < 0) {
            line.append("null");
        } else {
            line.append('"');
            appendIsoOslo(line, end);
            line.append('"');
        }
        line.append(",\"centre\":\"")
                .append(centre)
                .append("\",\"status\":\"")
                .append(status)
                .append("\",\"participants\":")
                .append(participants);
        if (client != null) {
            line.append(",\"client\":\"").append(client).append('"');
        }
        return line.append('}');
    }

    /** {@code yyyy-MM-ddTHH:mm:ss+hh:mm} in Europe/Oslo, as Bliksund writes its times. */
    public static String isoOslo(long epochSecond) {
        return appendIsoOslo(new StringBuilder(25), epochSecond).toString();
    }

    /** {@link #isoOslo} into {@code out}; by hand, as a formatter costs more than the rest of a line. */
    public static StringBuilder appendIsoOslo(StringBuilder out, long epochSecond) {
        ZoneOffset offset = OSLO_RULES.getOffset(Instant.ofEpochSecond(epochSecond));
        LocalDateTime local = LocalDateTime.ofEpochSecond(epochSecond, 0, offset);
        out.append(local.getYear()).append('-');
        two(out, local.getMonthValue());
        out.append('-');
        two(out, local.getDayOfMonth());
        out.append('T');
        two(out, local.getHour());
        out.append(':');
        two(out, local.getMinute());
        out.append(':');
        two(out, local.getSecond());
        int offsetMinutes = offset.getTotalSeconds() / 60;
        out.append(offsetMinutes < 0 ? '-' : '+');
        two(out, Math.abs(offsetMinutes) / 60);
        out.append(':');
        two(out, Math.abs(offsetMinutes) % 60);
        return out;
    }

    /** An SNLA row: {@code Samtale-ID;Starttid;Sluttid;Sentral;Status}, the end empty when the call has none. */
    public static String snla(String callId, long start, long end, String centre, String status) {
        return TextFeed.SNLA.row(callId, snlaTime(start), end < 0 ? "" : snlaTime(end), centre, status);
    }

    /** Oslo local time {@code dd.MM.yyyy HH:mm:ss}, without offset, as SNLA writes it. */
    public static String snlaTime(long epochSecond) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), OSLO).format(SNLA_TIME);
    }

    private static void two(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}

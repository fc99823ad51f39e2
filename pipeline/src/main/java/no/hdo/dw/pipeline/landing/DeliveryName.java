package no.hdo.dw.pipeline.landing;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** What a delivered file's name says: its delivery stamp and, where the feed has one, its period. */
public record DeliveryName(LocalDateTime deliveryStamp, String period) {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    /** Parses a {@code yyyyMMddHHmmss} delivery stamp. */
    public static LocalDateTime parseStamp(String stamp, String fileName) throws RejectedFileException {
        try {
            return LocalDateTime.parse(stamp, STAMP);
        } catch (DateTimeParseException e) {
            throw new RejectedFileException("the delivery stamp '" + stamp + "' in the file name " + fileName
                    + " is not a valid yyyyMMddHHmmss");
        }
    }
}

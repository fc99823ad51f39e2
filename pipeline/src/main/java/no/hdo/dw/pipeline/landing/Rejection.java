package no.hdo.dw.pipeline.landing;

/** Why a record was quarantined: the field (null when the whole record is unreadable), its value and the reason. */
public record Rejection(String field, String value, String reason) {

    public static Rejection of(String field, String value, String reason) {
        return new Rejection(field, value == null ? null : abbreviate(value), reason);
    }

    private static String abbreviate(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200) + "…";
    }
}

package no.hdo.dw.pipeline.landing;

/** A validated record: either the typed value to land or the rejection that quarantines it. */
public record Checked<T>(long recordNo, T value, Rejection rejection) {

    public static <T> Checked<T> accepted(long recordNo, T value) {
        return new Checked<>(recordNo, value, null);
    }

    public static <T> Checked<T> rejected(long recordNo, Rejection rejection) {
        return new Checked<>(recordNo, null, rejection);
    }

    public static <T> Checked<T> rejected(long recordNo, String field, String value, String reason) {
        return rejected(recordNo, Rejection.of(field, value, reason));
    }

    public boolean isAccepted() {
        return rejection == null;
    }
}

package no.hdo.dw.warehouse;

/** What to tell the operator about a failure: the innermost cause's message, which names the real problem. */
public final class Errors {

    private Errors() {}

    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}

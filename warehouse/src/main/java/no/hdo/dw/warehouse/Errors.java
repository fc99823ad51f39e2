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

    /**
     * Why a file could not be read or written, in words: Java's file exceptions carry only the path
     * ({@code NoSuchFileException: /etc/key}), which says nothing when the path is already named.
     */
    public static String ioReason(java.io.IOException failure) {
        if (failure instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (failure instanceof java.nio.charset.CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        if (failure instanceof java.nio.file.FileSystemException fs) {
            return fs.getReason() == null ? fs.getClass().getSimpleName() : lowerFirst(fs.getReason());
        }
        // the operating system's words ("Is a directory"), inside a sentence
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : lowerFirst(failure.getMessage());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + text.substring(1);
    }
}

package no.hdo.dw.jobs;

/** The exit status of {@code hdo-dw} (cli.md): the one place the numbers are written. */
public enum ExitCode {

    /** Everything landed and was published; any other command: done. */
    OK(0),
    /** Nothing was published (the previous publication stays), or the command failed. */
    FAILED(1),
    /** Bad arguments: a one-line reason says which. */
    BAD_ARGUMENTS(2),
    /** Published, but some file or record was rejected or not taken. */
    PUBLISHED_WITH_REJECTIONS(3),
    /** Published, but some part could not be brought up to date. */
    PUBLISHED_NOT_ALL_UP_TO_DATE(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

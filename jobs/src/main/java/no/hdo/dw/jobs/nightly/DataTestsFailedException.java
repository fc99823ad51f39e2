package no.hdo.dw.jobs.nightly;

import java.util.List;
import java.util.stream.Collectors;
import no.hdo.dw.warehouse.DataTests;

/** Data tests found offending rows: the run stops before publishing. */
public final class DataTestsFailedException extends RuntimeException {

    private final List<DataTests.Failure> failures;

    public DataTestsFailedException(List<DataTests.Failure> failures) {
        super(failures.size() + " data test(s) failed: "
                + failures.stream().map(DataTests.Failure::describe).collect(Collectors.joining("; ")));
        this.failures = List.copyOf(failures);
    }

    public List<DataTests.Failure> failures() {
        return failures;
    }
}

package no.hdo.dw.jobs.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The stack traces of the terminal's log ({@code %consoleEx} of {@link ConsoleLogConfigurator}): while a nightly
 * run writes its log file ({@link RunLog}), a trace goes there only, and the terminal keeps one line per
 * event (Spring Batch logs a failed step with its trace, a failed data test included); otherwise, as
 * logback prints them.
 */
public final class ConsoleThrowableConverter extends ThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        RunLog open = RunLog.open();
        if (open != null && open.file() != null && event.getThrowableProxy() != null) {
            return "";
        }
        return super.convert(event);
    }
}

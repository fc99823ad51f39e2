package no.hdo.dw.feeds;

import java.nio.file.Path;

/**
 * The LifeX rollout tracker as the project office keeps it: {@code lifex/tracker/lifex_tracker_<yyyy-MM-dd>.xlsx},
 * a workbook ({@link Workbooks}) with a sheet of control rooms under the contract's header.
 */
public final class LifexTracker {

    public static final String SOURCE = "lifex";
    public static final String FEED = "tracker";
    /** The sheet the tracker's rows are on. */
    public static final String SHEET = "Kontrollrom";

    private LifexTracker() {}

    /** The contract's header row, in the contract's order. */
    public static Object[] header() {
        return Workbooks.row(
                "Kontrollrom",
                "Type",
                "Helseregion",
                "Helseforetak",
                "Planlagt omlegging",
                "Omlagt dato",
                "Status",
                "Kommentar");
    }

    /** {@code lifex_tracker_<date>.xlsx}; the date as given, so a test can give a wrong one. */
    public static String fileName(String date) {
        return "lifex_tracker_" + date + ".xlsx";
    }

    /** {@code inbox/lifex/tracker}. */
    public static Path folder(Path inbox) {
        return inbox.resolve(SOURCE).resolve(FEED);
    }

    /** Delivers the workbook as the snapshot of {@code date}. */
    public static Path deliver(Path inbox, String date, Workbooks workbook) {
        return workbook.writeTo(folder(inbox).resolve(fileName(date)));
    }
}

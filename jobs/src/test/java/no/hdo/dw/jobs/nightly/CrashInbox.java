package no.hdo.dw.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.hdo.dw.demo.DemoInbox;

/**
 * The small inbox the crash tests kill runs on: of every feed of the demo inbox, its two newest
 * files and the first file that holds a record planted to be quarantined. Every feed and every
 * stage is reached (landing of each feed, the build with its checks across records, the data
 * tests, the publication), with bad records to report, at a fraction of the demo's size, so a
 * killed run and the run that finishes it cost seconds, not the demo's half a minute.
 *
 * <p>Its files are hard links to the demo inbox's (delivered files never change).
 */
final class CrashInbox {

    private static final int NEWEST_FILES_PER_FEED = 2;

    /** The inbox, and the planted bad records its files hold. */
    record Written(Path inbox, int files, List<DemoInbox.BadRecord> badRecords) {}

    private CrashInbox() {}

    static Written from(Path demoInbox, DemoInbox.Summary demo, Path to) throws IOException {
        Set<String> chosen = new TreeSet<>();
        for (String feed : demo.feeds().keySet()) {
            List<String> files = filesOf(demoInbox, feed);
            chosen.addAll(files.subList(Math.max(0, files.size() - NEWEST_FILES_PER_FEED), files.size()));
            demo.feed(feed).badRecords().stream()
                    .map(DemoInbox.BadRecord::file)
                    .sorted()
                    .findFirst()
                    .ifPresent(chosen::add);
        }
        for (String file : chosen) {
            Path target = to.resolve(file);
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, demoInbox.resolve(file));
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(demoInbox.resolve(file), target);
            }
        }
        List<DemoInbox.BadRecord> bad = demo.badRecords().stream()
                .filter(record -> chosen.contains(record.file()))
                .toList();
        return new Written(to, chosen.size(), bad);
    }

    /** The files of one feed ({@code <source>/<feed>}), as paths relative to the inbox with {@code /}, by name. */
    private static List<String> filesOf(Path inbox, String feed) {
        Path folder = inbox.resolve(feed);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = new ArrayList<>(files.filter(Files::isRegularFile)
                    .map(path -> feed + "/" + path.getFileName())
                    .toList());
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

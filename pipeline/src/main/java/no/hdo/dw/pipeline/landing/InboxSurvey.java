package no.hdo.dw.pipeline.landing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Accounts for everything in the inbox that is not a file of a feed (contracts, "Everything in the
 * inbox is accounted for"): a symbolic link anywhere (links are not followed), a file at the inbox's
 * root or directly under a source, an unknown (or wrongly cased) source or feed folder, a folder
 * where a file is expected. Hidden names (uploads in progress) are ignored. Nothing is followed
 * into: what lies below a folder that is not taken is that folder's matter.
 */
public final class InboxSurvey {

    /** One thing in the inbox that no feed takes: {@code source} and {@code feed} are its path's first parts, or empty. */
    public record NotTaken(String source, String feed, String path, String reason) {}

    private final List<FeedId> feeds;

    public InboxSurvey(List<FeedId> feeds) {
        this.feeds = List.copyOf(feeds);
    }

    public List<NotTaken> notTaken(Path inbox) {
        List<NotTaken> found = new ArrayList<>();
        List<String> sources =
                feeds.stream().map(FeedId::source).distinct().sorted().toList();
        for (Path entry : entries(inbox)) {
            String name = entry.getFileName().toString();
            if (Files.isSymbolicLink(entry)) {
                found.add(new NotTaken("", "", name, "a symbolic link: links in the inbox are not followed"));
            } else if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                found.add(new NotTaken("", "", name, "a file at the inbox's root: files belong in <source>/<feed>/"));
            } else if (!sources.contains(name)) {
                found.add(new NotTaken(name, "", name + "/", "not a source folder" + hint(name, sources, "sources")));
            } else {
                surveySource(entry, name, found);
            }
        }
        return found;
    }

    private void surveySource(Path folder, String source, List<NotTaken> found) {
        List<String> sourceFeeds = feeds.stream()
                .filter(feed -> feed.source().equals(source))
                .map(FeedId::feed)
                .sorted()
                .toList();
        for (Path entry : entries(folder)) {
            String name = entry.getFileName().toString();
            String path = source + "/" + name;
            if (Files.isSymbolicLink(entry)) {
                found.add(new NotTaken(source, "", path, "a symbolic link: links in the inbox are not followed"));
            } else if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                found.add(new NotTaken(
                        source,
                        "",
                        path,
                        "a file directly under the source folder: files belong in " + source + "/<feed>/ (feeds: "
                                + String.join(", ", sourceFeeds) + ")"));
            } else if (!sourceFeeds.contains(name)) {
                found.add(new NotTaken(
                        source, name, path + "/", "not a feed folder of " + source + hint(name, sourceFeeds, "feeds")));
            } else {
                for (Path file : entries(entry)) {
                    String filePath = path + "/" + file.getFileName();
                    if (Files.isSymbolicLink(file)) {
                        found.add(new NotTaken(
                                source, name, filePath, "a symbolic link: links in the inbox are not followed"));
                    } else if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        found.add(new NotTaken(source, name, filePath + "/", "a folder where a file is expected"));
                    } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        found.add(new NotTaken(source, name, filePath, "not a regular file"));
                    }
                }
            }
        }
    }

    /** Whether a feed of this source has a file that will be landed (a regular file, not hidden, not a link). */
    public boolean holdsFilesOf(Path inbox, String source) {
        if (Files.isSymbolicLink(inbox.resolve(source))) {
            return false;
        }
        return feeds.stream()
                .filter(feed -> feed.source().equals(source))
                .map(feed -> inbox.resolve(source).resolve(feed.feed()))
                .filter(folder -> !Files.isSymbolicLink(folder))
                .flatMap(folder -> entries(folder).stream())
                .anyMatch(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static String hint(String name, List<String> known, String what) {
        Optional<String> differentCase = known.stream()
                .filter(candidate -> candidate.equalsIgnoreCase(name))
                .findFirst();
        return differentCase
                .map(candidate -> " (names are lower case: " + candidate + ", not " + name + ")")
                .orElse(" (the " + what + ": " + String.join(", ", known) + ")");
    }

    /** The folder's entries, hidden ones left out, in name order; none if it is no folder (the inbox itself may be a link). */
    private static List<Path> entries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}

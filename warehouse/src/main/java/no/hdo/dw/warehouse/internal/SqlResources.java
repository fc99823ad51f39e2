package no.hdo.dw.warehouse.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The SQL files under {@code sql/} on the class path, from a folder (build, IDE) or from inside
 * the runnable jar alike.
 */
public final class SqlResources {

    private SqlResources() {}

    /** A file below {@code sql/} (a model, a test, a seed): its path below {@code sql/} (e.g. {@code marts/dim_calendar_date.sql}) and its text. */
    public record SqlFile(String path, String text) {

        public String baseName() {
            String name = path.substring(path.lastIndexOf('/') + 1);
            return name.substring(0, name.lastIndexOf('.'));
        }

        public String folder() {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }
    }

    /** Every {@code .sql} file below {@code sql/<folder>} and its subfolders, sorted by path. */
    public static List<SqlFile> list(String folder) {
        return list(folder, ".sql");
    }

    /** Every file whose name ends in {@code suffix} below {@code sql/<folder>} and its subfolders, sorted by path. */
    public static List<SqlFile> list(String folder, String suffix) {
        String base = "sql/" + folder;
        URL url = SqlResources.class.getClassLoader().getResource(base);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fileSystem;
                try {
                    fileSystem = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    fileSystem = FileSystems.getFileSystem(uri);
                }
                return read(fileSystem.getPath(base), fileSystem.getPath("sql"), suffix);
            }
            Path folderPath = Path.of(uri);
            Path sqlRoot = folderPath;
            for (int segment = 0; segment < folder.split("/").length; segment++) {
                sqlRoot = sqlRoot.getParent();
            }
            return read(folderPath, sqlRoot, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the SQL files under " + base, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SqlFile> read(Path folder, Path sqlRoot, String suffix) throws IOException {
        List<SqlFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(suffix))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList()) {
                String relative = sqlRoot.relativize(path).toString().replace('\\', '/');
                files.add(new SqlFile(relative, Files.readString(path, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    public static String read(String path) {
        try (InputStream in = SqlResources.class.getClassLoader().getResourceAsStream("sql/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no SQL file sql/" + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

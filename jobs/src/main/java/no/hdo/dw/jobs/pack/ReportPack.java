package no.hdo.dw.jobs.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.warehouse.Folders;
import no.hdo.dw.warehouse.Home;

/**
 * {@code hdo-dw report pack}: writes the report pack of a month (outputs.md) to a folder. The pack
 * is written to a hidden temporary folder beside the target and renamed into place, so a failed
 * run leaves the previous pack (or nothing) and never half a pack.
 */
public final class ReportPack {

    /** Where the pack went, and what it holds. */
    public record Written(Path folder, Path document, int figures, int tables) {}

    private ReportPack() {}

    public static Path defaultFolder(Home home, YearMonth month) {
        return home.root().resolve("report-packs").resolve(month.toString());
    }

    public static Written write(Home home, YearMonth month, Path folder) {
        Path published = home.publishedWarehouse();
        if (!Files.isRegularFile(published)) {
            throw new InvalidRequestException("no publication in " + home.root() + ": run hdo-dw nightly first");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidRequestException("--out " + folder + " is a file, not a folder");
        }
        Path parent = folder.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new InvalidRequestException("cannot create " + parent + ": " + e.getMessage());
        }
        if (!Files.isWritable(parent)) {
            throw new InvalidRequestException("cannot write to " + parent);
        }
        System.setProperty("java.awt.headless", "true");
        ReportPackContent.Content content = ReportPackContent.read(published, month);
        Path temporary = parent.resolve("." + folder.getFileName() + ".writing");
        try {
            Folders.deleteTree(temporary);
            Files.createDirectories(temporary.resolve("figurer"));
            Files.createDirectories(temporary.resolve("tabeller"));
            Path document = temporary.resolve("virksomhetsrapport-" + month + ".docx");
            Files.write(document, WordDocument.write(content));
            for (PackFigure figure : content.figures()) {
                FigureImages.write(figure, temporary.resolve("figurer").resolve(figure.fileName() + ".png"));
            }
            for (PackTable table : content.tables()) {
                Files.write(temporary.resolve("tabeller").resolve(table.fileName() + ".csv"), TableCsv.write(table));
            }
            Path previous = parent.resolve("." + folder.getFileName() + ".previous");
            Folders.deleteTree(previous);
            if (Files.exists(folder)) {
                Files.move(folder, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder);
            }
            Folders.deleteTree(previous);
            return new Written(
                    folder,
                    folder.resolve(document.getFileName()),
                    content.figures().size(),
                    content.tables().size());
        } catch (IOException e) {
            try {
                Folders.deleteTree(temporary);
            } catch (IOException ignored) {
                // the hidden folder is overwritten by the next run
            }
            throw new UncheckedIOException("cannot write the report pack to " + folder + ": " + e.getMessage(), e);
        }
    }
}

package io.mesosfailover.ingest;

import io.mesosfailover.topics.SavedPosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Opens the files of an ingest process where their saved positions say: the same file where it was left; a file
 * rotated while {@code ingest} was down from its new name beside the path (found by its file key), followed by the
 * file now at the path from its start; a file without a position from its start ({@code --from-beginning}, archives)
 * or after its last complete entry.
 */
final class FollowedFiles {

    private FollowedFiles() {
    }

    /**
     * @param saved the saved positions, by {@link SavedPositions#keyOf key}
     * @param packs makes the pack that gathers the records of a file, given its path
     * @return the files to follow, a rotated file before the one that took its path
     */
    static List<FollowedFile> open(IngestSettings settings, Map<String, SavedPosition> saved,
            Function<Path, LinePack> packs) {
        int year = settings.year() > 0 ? settings.year() : Year.now(ZoneOffset.UTC).getValue();
        List<FollowedFile> files = new ArrayList<>();
        for (Path file : settings.files()) {
            Path path = file.toAbsolutePath().normalize();
            open(settings, path, saved.get(SavedPositions.keyOf(settings.ingestId(), path)), year, packs, files);
        }
        return files;
    }

    private static void open(IngestSettings settings, Path path, SavedPosition saved, int year,
            Function<Path, LinePack> packs, List<FollowedFile> files) {
        String host = settings.defaultHost();
        String current = FileFollower.fileKeyOf(path);
        if (saved != null && (current == null || saved.fileKey() == null || saved.fileKey().equals(current))) {
            files.add(new FollowedFile(path, new FileFollower(path, saved.fileKey(), ReadPosition.of(saved), host),
                    false, null, packs.apply(path)));
            return;
        }
        if (saved != null) {
            Path rotated = findByKey(path, saved.fileKey());
            FollowedFile before = null;
            if (rotated != null) {
                before = new FollowedFile(path,
                        new FileFollower(rotated, saved.fileKey(), ReadPosition.of(saved), host), true, null, packs.apply(path));
                files.add(before);
            }
            files.add(new FollowedFile(path, new FileFollower(path, null, ReadPosition.start(year), host), false,
                    before, packs.apply(path)));
            return;
        }
        ReadPosition start = settings.fromBeginning() || settings.archive() || current == null
                ? ReadPosition.start(year) : endOf(path, year, host);
        files.add(new FollowedFile(path, new FileFollower(path, null, start, host), false, null, packs.apply(path)));
    }

    /** The position after the last complete entry of a file, with its line number, year and host. */
    private static ReadPosition endOf(Path path, int year, String host) {
        try (FileFollower scan = new FileFollower(path, null, ReadPosition.start(year), host)) {
            while (scan.poll(Long.MAX_VALUE, entry -> { })) {
                continue;
            }
            return scan.resumePosition();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static Path findByKey(Path path, String fileKey) {
        Path folder = path.getParent();
        if (folder == null || fileKey == null) {
            return null;
        }
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(folder)) {
            for (Path sibling : siblings) {
                if (!sibling.equals(path) && fileKey.equals(FileFollower.fileKeyOf(sibling))) {
                    return sibling;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}

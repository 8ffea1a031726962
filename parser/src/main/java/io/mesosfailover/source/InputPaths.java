package io.mesosfailover.source;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the inputs a user names into files: a file as it is, a folder as every regular file below it (sorted), a
 * glob such as {@code logs/*.gz} as the files it matches, {@code -} as standard input.
 */
public final class InputPaths {

    private InputPaths() {
    }

    /**
     * Expands the arguments in order.
     *
     * @return the files, with {@link LogInput#STANDARD_INPUT} kept as it is
     * @throws NoSuchFileException when an argument names nothing, or a glob matches no file
     * @throws IOException when a folder cannot be listed
     */
    public static List<String> expand(List<String> arguments) throws IOException {
        List<String> files = new ArrayList<>();
        for (String argument : arguments) {
            if (LogInput.STANDARD_INPUT.equals(argument)) {
                files.add(argument);
            } else if (isGlob(argument)) {
                files.addAll(glob(argument));
            } else {
                Path path = Path.of(argument);
                if (Files.isDirectory(path)) {
                    files.addAll(folder(path));
                } else if (Files.exists(path)) {
                    files.add(argument);
                } else {
                    throw new NoSuchFileException(argument, null, "no such file or folder");
                }
            }
        }
        return files;
    }

    private static boolean isGlob(String argument) {
        return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0 || argument.indexOf('[') >= 0;
    }

    private static List<String> folder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(Path::toString).sorted().collect(Collectors.toList());
        }
    }

    private static List<String> glob(String pattern) throws IOException {
        Path base = baseOf(pattern);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<String> matches;
        try (Stream<Path> walk = Files.walk(base)) {
            matches = walk.filter(Files::isRegularFile)
                    .filter(path -> matcher.matches(base.equals(Path.of(".")) ? base.relativize(path) : path))
                    .map(Path::toString).sorted().collect(Collectors.toList());
        } catch (NoSuchFileException missing) {
            matches = List.of();
        }
        if (matches.isEmpty()) {
            throw new NoSuchFileException(pattern, null, "the pattern matches no file");
        }
        return matches;
    }

    private static Path baseOf(String pattern) {
        Path base = Path.of(".");
        Path whole = Path.of(pattern);
        Path current = whole.isAbsolute() ? whole.getRoot() : null;
        for (Path part : whole) {
            if (isGlob(part.toString())) {
                break;
            }
            current = current == null ? part : current.resolve(part);
        }
        return current == null || current.equals(whole) ? base : current;
    }
}

package io.mesosfailover.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the inputs a user names into files: a file as it is (a named pipe or {@code <(...)} too, and a file whose
 * name has glob characters), a folder as every regular file below it (sorted), a glob such as {@code logs/*.gz} or {@code logs/{a,b}.log} as the files it matches
 * ({@code *}, {@code ?}, {@code [...]} and {@code {a,b}} as in shells, {@code **} across folders), {@code -} as
 * standard input (once).
 */
public final class InputPaths {

    private InputPaths() {
    }

    /**
     * Expands the arguments in order.
     *
     * @return the files, with {@link LogInput#STANDARD_INPUT} kept as it is
     * @throws NoSuchFileException when an argument names nothing, or a glob matches no file
     * @throws InputException when a glob is malformed, a folder cannot be listed or holds no file, or standard input
     *     is named twice
     */
    public static List<String> expand(List<String> arguments) throws IOException {
        List<String> files = new ArrayList<>();
        boolean standardInput = false;
        for (String argument : arguments) {
            if (LogInput.STANDARD_INPUT.equals(argument)) {
                if (standardInput) {
                    throw new InputException("- (standard input) is named more than once; it can be read only once",
                            null);
                }
                standardInput = true;
                files.add(argument);
            } else if (Files.isDirectory(Path.of(argument))) {
                files.addAll(folder(Path.of(argument)));
            } else if (Files.exists(Path.of(argument))) {
                files.add(argument);
            } else if (isGlob(argument)) {
                files.addAll(glob(argument));
            } else {
                throw new NoSuchFileException(argument, null, "no such file or folder");
            }
        }
        return files;
    }

    private static boolean isGlob(String argument) {
        return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0 || argument.indexOf('[') >= 0
                || argument.indexOf('{') >= 0;
    }

    private static List<String> folder(Path folder) throws InputException {
        List<String> files = walk(folder.toString(), folder, Files::isRegularFile);
        if (files.isEmpty()) {
            throw new InputException(folder + ": no log files found (the folder holds no file)", null);
        }
        return files;
    }

    private static List<String> glob(String pattern) throws IOException {
        Path base = baseOf(pattern);
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (PatternSyntaxException e) {
            throw new InputException(pattern + ": not a valid pattern: " + e.getDescription()
                    + (e.getIndex() < 0 ? "" : " at character " + (e.getIndex() + 1)), e);
        }
        List<String> matches = List.of();
        if (Files.isDirectory(base)) {
            matches = walk(pattern, base, path -> Files.isRegularFile(path)
                    && matcher.matches(base.equals(Path.of(".")) ? base.relativize(path) : path));
        }
        if (matches.isEmpty()) {
            throw new NoSuchFileException(pattern, null, "the pattern matches no file");
        }
        return matches;
    }

    /** @return the files below {@code folder} that {@code wanted} accepts, sorted */
    private static List<String> walk(String argument, Path folder, Predicate<Path> wanted) throws InputException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(wanted).map(Path::toString).sorted().collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw cannotList(argument, e.getCause());
        } catch (IOException e) {
            throw cannotList(argument, e);
        }
    }

    private static InputException cannotList(String argument, IOException e) {
        String where = e instanceof FileSystemException failure ? failure.getFile() : null;
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "it went away while being listed" : String.valueOf(e.getMessage());
        return new InputException(argument + ": cannot list the folder" + (where == null || where.equals(argument)
                ? "" : " " + where) + ": " + reason, e);
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

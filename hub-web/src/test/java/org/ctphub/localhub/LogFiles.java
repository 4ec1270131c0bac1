package org.ctphub.localhub;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Reading the services' log files back, for failure reports. */
public final class LogFiles {

    private LogFiles() {}

    /** The last {@code count} lines of {@code file}, or one line saying why it could not be read. */
    public static List<String> lastLines(Path file, int count) {
        Deque<String> tail = new ArrayDeque<>(count);
        // A reader, unlike Files.lines, replaces malformed bytes instead of failing on them.
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> {
                if (tail.size() == count) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
        return new ArrayList<>(tail);
    }
}

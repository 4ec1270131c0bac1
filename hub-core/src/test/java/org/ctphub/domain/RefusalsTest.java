package org.ctphub.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal the code can raise has its text in English and in Welsh, each a pattern that
 * takes exactly the arguments the code passes. The code is read as source, from every module's
 * {@code src/main/java}: a key is written as a literal at each {@code Refusal.of(...)}, so that
 * this test can find it.
 */
class RefusalsTest {

    private static final Pattern REFUSAL_OF = Pattern.compile("\\bRefusal\\.of\\(");
    /** The calls that name an input by a literal: {@code Texts.required("title", ...)} and the like. */
    private static final Pattern FIELD_NAMED =
            Pattern.compile("\\b(?:required|optional|field|count)\\(\\s*\"([A-Za-z][\\w-]*)\"");

    private static Properties english;
    private static Properties welsh;
    /** Key to the argument counts found at its call sites, e.g. {@code input.too-long -> [2]}. */
    private static Map<String, Set<Integer>> usedKeys;

    private static Set<String> fieldNames;
    private static List<String> notLiteral;

    @BeforeAll
    static void read() throws IOException {
        english = load("refusals.properties");
        welsh = load("refusals_cy.properties");
        usedKeys = new TreeMap<>();
        fieldNames = new TreeSet<>();
        notLiteral = new ArrayList<>();
        for (Path file : mainSources()) {
            String code = withoutComments(Files.readString(file));
            Matcher call = REFUSAL_OF.matcher(code);
            while (call.find()) {
                readCall(file, code, call.end());
            }
            Matcher field = FIELD_NAMED.matcher(code);
            while (field.find()) {
                fieldNames.add(field.group(1));
            }
        }
    }

    @Test
    void theScanFindsTheCode() {
        assertTrue(usedKeys.containsKey("input.required"), "InvalidInputException.required: " + usedKeys.keySet());
        assertTrue(usedKeys.containsKey("input.choice"), "hub-web's keys: " + usedKeys.keySet());
        assertTrue(usedKeys.containsKey("request.body.missing"), "hub-api's keys: " + usedKeys.keySet());
        assertEquals(Set.of(2), usedKeys.get("input.too-long"), "arguments are counted");
        assertTrue(fieldNames.containsAll(Set.of("title", "participants", "numberOfPeople")), fieldNames.toString());
    }

    @Test
    void englishAndWelshHaveTheSameKeys() {
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(welsh.stringPropertyNames());
        Set<String> onlyWelsh = new TreeSet<>(welsh.stringPropertyNames());
        onlyWelsh.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "keys missing in Welsh");
        assertEquals(Set.of(), onlyWelsh, "keys missing in English");
        for (String key : english.stringPropertyNames()) {
            assertFalse(english.getProperty(key).isBlank(), key + " is blank in English");
            assertFalse(welsh.getProperty(key).isBlank(), key + " is blank in Welsh");
        }
    }

    /**
     * Catches the classic slip: a single apostrophe, which MessageFormat takes as the start of a
     * quoted stretch, so that {@code Nid yw'r {0}} shows as "Nid ywr {0}".
     */
    @ParameterizedTest
    @ValueSource(strings = {"refusals.properties", "refusals_cy.properties"})
    void everyTextIsAPatternWithEachApostropheWrittenTwice(String file) throws IOException {
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            assertFalse(text.replace("''", "").contains("'"), key + " has a single apostrophe: " + text);
            argumentCount(key, text);
        }
    }

    @Test
    void englishAndWelshTakeTheSameArguments() {
        for (String key : english.stringPropertyNames()) {
            if (!welsh.containsKey(key)) {
                continue; // reported by englishAndWelshHaveTheSameKeys
            }
            assertEquals(
                    argumentCount(key, english.getProperty(key)),
                    argumentCount(key, welsh.getProperty(key)),
                    key + " takes other arguments in Welsh than in English");
        }
    }

    @Test
    void everyKeyUsedInCodeIsInBothLanguagesWithTheArgumentsTheCodePasses() {
        assertEquals(List.of(), notLiteral, "Refusal.of must be given its key as a literal");
        for (Map.Entry<String, Set<Integer>> used : usedKeys.entrySet()) {
            String key = used.getKey();
            assertTrue(english.containsKey(key), key + " is used in code but has no English text");
            assertTrue(welsh.containsKey(key), key + " is used in code but has no Welsh text");
            assertEquals(
                    Set.of(argumentCount(key, english.getProperty(key))),
                    used.getValue(),
                    key + ": arguments passed in code, against those its text takes");
        }
    }

    @Test
    void everyInputThatCodeNamesHasANameInBothLanguages() {
        for (String field : fieldNames) {
            assertTrue(english.containsKey("field." + field), "field." + field + " is missing");
            assertTrue(welsh.containsKey("field." + field), "field." + field + " is missing in Welsh");
        }
    }

    @Test
    void everyTextIsUsed() {
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(usedKeys.keySet());
        fieldNames.forEach(field -> unused.remove("field." + field));
        assertEquals(Set.of(), unused, "texts that no code uses");
    }

    private static int argumentCount(String key, String pattern) {
        try {
            return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
        } catch (IllegalArgumentException e) {
            throw new AssertionError(key + " is not a valid MessageFormat pattern: " + pattern, e);
        }
    }

    /** After {@code Refusal.of(}: the key literal, and how many arguments follow it. */
    private static void readCall(Path file, String code, int start) {
        int at = skipSpace(code, start);
        if (code.charAt(at) != '"') {
            notLiteral.add(file.getFileName() + ": " + code.substring(at, Math.min(code.length(), at + 40)));
            return;
        }
        int endOfKey = endOfString(code, at);
        String key = code.substring(at + 1, endOfKey - 1);
        at = skipSpace(code, endOfKey);
        if (code.charAt(at) == '+') {
            notLiteral.add(file.getFileName() + ": " + key + " + ...");
            return;
        }
        int arguments = 0;
        if (code.charAt(at) == ',') {
            arguments = 1;
            int depth = 0;
            for (at++; depth > 0 || code.charAt(at) != ')'; at++) {
                char c = code.charAt(at);
                if (c == '"' || c == '\'') {
                    at = endOfString(code, at) - 1;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    arguments++;
                }
            }
        }
        usedKeys.computeIfAbsent(key, k -> new TreeSet<>()).add(arguments);
    }

    private static int skipSpace(String code, int at) {
        while (Character.isWhitespace(code.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The index just after the string or character literal that starts at {@code at}. */
    private static int endOfString(String code, int at) {
        char quote = code.charAt(at);
        for (int i = at + 1; ; i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
    }

    /** The code with its comments blanked, so that examples in Javadoc are not taken for calls. */
    private static String withoutComments(String code) {
        StringBuilder kept = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); ) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfString(code, i);
                kept.append(code, i, end);
                i = end;
            } else if (code.startsWith("//", i)) {
                i = code.indexOf('\n', i);
                i = i < 0 ? code.length() : i;
            } else if (code.startsWith("/*", i)) {
                i = code.indexOf("*/", i + 2) + 2;
                kept.append(' ');
            } else {
                kept.append(c);
                i++;
            }
        }
        return kept.toString();
    }

    /** Every module's main Java sources; the tests run in the module's folder, one below the root. */
    private static List<Path> mainSources() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.toList()) {
                Path java = module.resolve("src/main/java");
                if (Files.isDirectory(java)) {
                    try (Stream<Path> files = Files.walk(java)) {
                        files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                    }
                }
            }
        }
        assertTrue(
                sources.stream().anyMatch(f -> f.toString().contains("hub-web")),
                "the sources of hub-web are found from " + root);
        return sources;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = RefusalsTest.class.getResourceAsStream("/org/ctphub/domain/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

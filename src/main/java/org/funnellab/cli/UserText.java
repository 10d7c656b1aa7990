package org.funnellab.cli;

import java.util.regex.Pattern;

/**
 * Text that reaches a person from the command line: no exception class names, no stack frames and no terminal
 * control sequences (CRM data may hold ESC, BEL or backspace characters that would repaint the user's terminal).
 */
final class UserText {
    /** A qualified Java name ({@code java.io.IOException}, {@code org.sqlite.SQLiteException}) or a bare one. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|org|com|de|picocli)\\.(?:[a-z0-9_]+\\.)*[A-Z][A-Za-z0-9_$]*:?\\s*"
                    + "|\\b[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern SQLITE_CODE = Pattern.compile("\\[SQLITE_[A-Z_]+]\\s*");

    private UserText() {
    }

    /** The message with class names and SQLite result codes taken out; only its first line. */
    static String message(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String first = raw.lines().findFirst().orElse("").strip();
        String cleaned = SQLITE_CODE.matcher(CLASS_NAME.matcher(first).replaceAll("")).replaceAll("").strip();
        return printable(cleaned);
    }

    /** The text with every control character other than a line feed or a tab shown as {@code \\uXXXX}. */
    static String printable(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t'
                    || c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069';
            if (control) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}

package org.funnellab.ui.common;

import java.util.regex.Pattern;

/**
 * The text of a failure as the window shows it: the message meant for the user, never an exception class name, a
 * stack frame, an SQLite result code or a control character. A failure that carries no message at all is reported
 * as an unexpected problem rather than by its class name.
 */
public final class UserMessages {
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|org|com|de|picocli)\\.(?:[a-z0-9_]+\\.)*[A-Z][A-Za-z0-9_$]*:?\\s*"
                    + "|\\b[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern SQLITE_CODE = Pattern.compile("\\[SQLITE_[A-Z_]+]\\s*");
    static final String UNEXPECTED = "the action stopped on an unexpected problem";

    private UserMessages() {
    }

    public static String of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = clean(t.getMessage());
            if (!m.isEmpty()) {
                return m;
            }
        }
        return UNEXPECTED;
    }

    static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String first = raw.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        String cleaned = SQLITE_CODE.matcher(CLASS_NAME.matcher(first).replaceAll("")).replaceAll("").strip();
        StringBuilder sb = new StringBuilder(cleaned.length());
        cleaned.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}

package org.funnellab.importer;

import java.util.HashSet;
import java.util.List;

/**
 * The raw source row as the JSON object {header: cell, ...} kept for audit, written by hand: a general
 * JSON serializer costs a microsecond and more a row, a large share of a million-row import. The text is exactly
 * what Jackson's default {@code ObjectMapper} writes for the same {@code LinkedHashMap<String, String>}:
 * {@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control characters as <code>\u005Cu00XX</code>
 * (upper-case hex), all else as is. Only for distinct keys; {@link #handles} says when the fast path applies.
 */
final class RawRowJson {
    private final String[] keyPrefixes;
    private final boolean distinct;

    RawRowJson(List<String> keys) {
        keyPrefixes = new String[keys.size()];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            sb.setLength(0);
            sb.append(i == 0 ? "" : ",");
            quote(sb, keys.get(i));
            keyPrefixes[i] = sb.append(':').toString();
        }
        distinct = new HashSet<>(keys).size() == keys.size();
    }

    /** True when the row has no cells beyond the keys and the keys are distinct (a map would keep each once). */
    boolean handles(List<String> cells) {
        return distinct && cells.size() <= keyPrefixes.length;
    }

    /** The object of every key with its cell ({@code ""} for a cell the row lacks). Only when {@link #handles}. */
    String write(List<String> cells) {
        int length = 2;
        for (int i = 0; i < keyPrefixes.length; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            length += keyPrefixes[i].length() + (cell == null ? 4 : cell.length() + 2);
        }
        StringBuilder sb = new StringBuilder(length);
        sb.append('{');
        for (int i = 0; i < keyPrefixes.length; i++) {
            sb.append(keyPrefixes[i]);
            String cell = i < cells.size() ? cells.get(i) : "";
            if (cell == null) {
                sb.append("null");
            } else {
                quote(sb, cell);
            }
        }
        return sb.append('}').toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            sb.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        sb.append(s, start, s.length()).append('"');
    }
}

package org.funnellab.importer.read;

/**
 * Picks the field separator of a text sample among {@code ; , TAB |}: the candidate that splits the most lines into the
 * same number of fields (quotes respected), ties broken by the larger field count. Title lines above a header
 * (Salesforce reports) have no separators and so do not disturb the vote.
 */
public final class DelimiterDetector {
    private static final char[] CANDIDATES = {';', ',', '\t', '|'};

    private DelimiterDetector() {
    }

    public static char detect(String sample) {
        char best = ',';
        long bestScore = -1;
        for (char c : CANDIDATES) {
            int[] counts = countsPerLine(sample, c);
            java.util.Map<Integer, Integer> freq = new java.util.HashMap<>();
            for (int n : counts) {
                if (n > 0) {
                    freq.merge(n, 1, Integer::sum);
                }
            }
            for (var e : freq.entrySet()) {
                long score = e.getValue() * 1000L + e.getKey();
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
        }
        return best;
    }

    private static int[] countsPerLine(String sample, char delimiter) {
        java.util.List<Integer> counts = new java.util.ArrayList<>();
        boolean quoted = false;
        int count = 0;
        for (int i = 0; i < sample.length(); i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == delimiter) {
                count++;
            } else if (!quoted && ch == '\n') {
                counts.add(count);
                count = 0;
            }
        }
        // the last line of a sample is usually cut short: leave it out unless it is the only one
        if (counts.isEmpty()) {
            counts.add(count);
        }
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }
}

package org.funnellab.importer.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses a text file's encoding from its first bytes. Order: a byte-order mark; UTF-16 without a mark (zero bytes in
 * every other position, as Latin or Cyrillic text in UTF-16 has); valid UTF-8; Windows-1251 when the high bytes are mostly
 * in its Cyrillic letter range (0xC0–0xFF, plus ё/Ё) and come in runs, as the letters of Russian words do; otherwise
 * Windows-1252 (Latin text: an accented letter here and there between ASCII letters). The reason is shown to the user beside the
 * choice, which the user may override.
 */
public final class EncodingDetector {
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The detected encoding, the byte-order-mark length to skip, and why. */
    public record Detected(Charset charset, int bomLength, String reason) {
    }

    private EncodingDetector() {
    }

    public static Detected detect(byte[] sample, int length) {
        if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 byte-order mark");
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, "UTF-16 little-endian byte-order mark");
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, "UTF-16 big-endian byte-order mark");
        }
        // UTF-16 without a mark: the high byte of nearly every code unit is 0x00 (ASCII, Latin-1) or 0x04 (Cyrillic),
        // while the low bytes vary; zero bytes never occur in UTF-8 or Windows-125x text
        int pairs = length / 2;
        int evenHigh = 0;
        int oddHigh = 0;
        int zeros = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            int even = sample[i] & 0xFF;
            int odd = sample[i + 1] & 0xFF;
            evenHigh += even == 0 || even == 4 ? 1 : 0;
            oddHigh += odd == 0 || odd == 4 ? 1 : 0;
            zeros += (even == 0 ? 1 : 0) + (odd == 0 ? 1 : 0);
        }
        if (pairs > 0 && zeros > 0 && oddHigh >= pairs * 0.9 && evenHigh < pairs * 0.5) {
            return new Detected(StandardCharsets.UTF_16LE, 0, "UTF-16 little-endian (no mark; every second byte 00 or 04)");
        }
        if (pairs > 0 && zeros > 0 && evenHigh >= pairs * 0.9 && oddHigh < pairs * 0.5) {
            return new Detected(StandardCharsets.UTF_16BE, 0, "UTF-16 big-endian (no mark; every second byte 00 or 04)");
        }
        if (validUtf8(sample, length)) {
            return new Detected(StandardCharsets.UTF_8, 0, "valid UTF-8");
        }
        int high = 0;
        int cyrillic = 0;
        int inRuns = 0;
        for (int i = 0; i < length; i++) {
            int b = sample[i] & 0xFF;
            if (b >= 0x80) {
                high++;
                if (b >= 0xC0 || b == 0xA8 || b == 0xB8) {
                    cyrillic++;
                }
                // Russian words are runs of high bytes; Spanish, French, German put one accented letter among ASCII ones
                boolean before = i > 0 && (sample[i - 1] & 0xFF) >= 0x80;
                boolean after = i + 1 < length && (sample[i + 1] & 0xFF) >= 0x80;
                inRuns += before || after ? 1 : 0;
            }
        }
        if (high > 0 && cyrillic >= high * 0.6 && inRuns >= high * 0.5) {
            return new Detected(WINDOWS_1251, 0, "not UTF-8; " + (100 * cyrillic / high)
                    + "% of high bytes are Windows-1251 Cyrillic letters");
        }
        return new Detected(WINDOWS_1252, 0, "not UTF-8 and not Cyrillic; assuming Windows-1252");
    }

    private static boolean validUtf8(byte[] sample, int length) {
        int end = length;
        // a sample may cut a multi-byte character in two: drop an incomplete tail before checking
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0xC0) {
            int lead = sample[end - back - 1] & 0xFF;
            int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
            if (back < needed) {
                end = end - back - 1;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(sample, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

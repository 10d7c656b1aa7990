package org.funnellab.importer;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A rejection reason, warning or rule of an import as a code with its parameters, so each front end says it in the
 * user's language: the text is {@code import.notice.<code>} of the {@code org.funnellab.i18n.messages} bundles, a
 * {@link MessageFormat} pattern filled with {@code args}. {@link #english()} is the text for logs, JSON and CSV files.
 */
public record Notice(String code, List<String> args) {
    static final String BUNDLE = "org.funnellab.i18n.messages";
    static final String PREFIX = "import.notice.";

    public Notice {
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Notice of(String code, Object... args) {
        return new Notice(code, java.util.Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList());
    }

    /** A text that has no code of its own (reasons from a reader that predates codes): shown as written. */
    public static Notice text(String text) {
        return of("text", text);
    }

    /** The bundle key of this notice's text. */
    public String key() {
        return "import.notice." + code;
    }

    public String english() {
        return in(Locale.ROOT);
    }

    /** The text in {@code locale} (Russian for {@code ru}, English otherwise). */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key());
        } catch (MissingResourceException e) {
            return code + " " + String.join(" ", args);
        }
        return new MessageFormat(pattern, locale).format(args.toArray());
    }

    @Override
    public String toString() {
        return english();
    }
}

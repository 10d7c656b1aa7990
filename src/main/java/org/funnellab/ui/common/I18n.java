package org.funnellab.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts for one locale, from {@code org/funnellab/i18n/messages*.properties}. */
public final class I18n {
    public static final String BUNDLE = "org.funnellab.i18n.messages";
    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Russian for Russian-speaking systems, English otherwise. */
    public static Locale defaultUiLocale(Locale os) {
        return "ru".equals(os.getLanguage()) ? Locale.forLanguageTag("ru-RU") : Locale.forLanguageTag("en-US");
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is caught by LocalizationConsistencyTest; show the key rather than crash a meeting.
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}

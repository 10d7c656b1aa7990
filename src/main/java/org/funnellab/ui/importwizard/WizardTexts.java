package org.funnellab.ui.importwizard;

import javafx.util.StringConverter;
import org.funnellab.importer.parse.DateResolution;
import org.funnellab.importer.parse.DatePattern;
import org.funnellab.ui.common.I18n;

import java.util.function.Function;
import java.util.stream.Collectors;

/** Translations of the wizard's enum values and date findings, shared by its step views. */
final class WizardTexts {
    private WizardTexts() {
    }

    /** Shows an enum constant as {@code prefix + NAME} from the bundle. */
    static <E extends Enum<E>> StringConverter<E> enumConverter(I18n i18n, Function<E, String> key) {
        return enumConverter(i18n, key, "");
    }

    /** As above, showing {@code nullText} where nothing is chosen yet. */
    static <E extends Enum<E>> StringConverter<E> enumConverter(I18n i18n, Function<E, String> key, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? nullText : i18n.get(key.apply(value));
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    static String date(I18n i18n, DateResolution d) {
        if (d.values() == 0) {
            return i18n.format("importWizard.date.empty", d.column());
        }
        if (d.pattern() == null) {
            return i18n.format("importWizard.date.none", d.column());
        }
        String text = i18n.format("importWizard.date.chosen", d.column(), d.pattern().display());
        if (d.ambiguous()) {
            text += " " + i18n.format("importWizard.date.ambiguous", d.candidates().subList(1, d.candidates().size())
                    .stream().map(DatePattern::display).collect(Collectors.joining(", ")));
        }
        if (d.unmatched() > 0) {
            text += " " + i18n.format("importWizard.date.unmatched", d.unmatched());
        }
        return text;
    }

    static String delimiter(I18n i18n, char c) {
        return switch (c) {
            case ',' -> i18n.get("importWizard.delimiter.comma");
            case ';' -> i18n.get("importWizard.delimiter.semicolon");
            case '\t' -> i18n.get("importWizard.delimiter.tab");
            case '|' -> i18n.get("importWizard.delimiter.pipe");
            default -> "'" + c + "'";
        };
    }
}

package org.funnellab.importer.parse;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * How the dates of one column are written: a built-in {@link DatePattern} or a pattern the user forced
 * ({@link CustomDateLayout}). A value with a UTC offset ({@code …+03:00}, {@code …Z}) is converted to {@code zone},
 * so one instant always lands on one wall-clock time and in one month.
 */
public interface DateLayout {
    /** Parses {@code text}; throws {@link IllegalArgumentException} when it does not fit this layout. */
    LocalDateTime parse(String text, ZoneId zone);

    boolean matches(String text);

    /** The layout as shown to the user, e.g. {@code dd.MM.yyyy[ HH:mm[:ss]]}. */
    String display();

    /** A stable name for JSON and the command line: the enum name, or the pattern itself. */
    String id();
}

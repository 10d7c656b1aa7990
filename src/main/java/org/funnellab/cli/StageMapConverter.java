package org.funnellab.cli;

import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.importer.mapping.StageMapping;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * {@code RAW=STAGE[:STATUS]}: a CRM stage value and its canonical meaning. Without a status, WON means won and every
 * other stage open.
 */
final class StageMapConverter implements ITypeConverter<Map.Entry<String, StageMapping>> {
    @Override
    public Map.Entry<String, StageMapping> convert(String text) {
        int eq = text.lastIndexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new TypeConversionException("'" + text + "' is not RAW=STAGE[:STATUS]");
        }
        String raw = text.substring(0, eq).strip();
        String[] meaning = text.substring(eq + 1).split(":", -1);
        if (meaning.length > 2) {
            throw new TypeConversionException("'" + text + "' is not RAW=STAGE[:STATUS]");
        }
        Stage stage = parse(Stage.class, meaning[0], text);
        LeadStatus status = meaning.length == 2 ? parse(LeadStatus.class, meaning[1], text)
                : stage == Stage.WON ? LeadStatus.WON : LeadStatus.OPEN;
        if (stage == Stage.WON && status != LeadStatus.WON || status == LeadStatus.WON && stage != Stage.WON) {
            throw new TypeConversionException("'" + text + "': only stage WON goes with status WON");
        }
        return Map.entry(raw, new StageMapping(stage, status));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String text) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + text + "': '" + name + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}

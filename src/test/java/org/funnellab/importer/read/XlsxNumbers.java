package org.funnellab.importer.read;

import java.math.BigDecimal;

/** Test access to how the XLSX reader writes a numeric cell. */
public final class XlsxNumbers {
    private XlsxNumbers() {
    }

    public static String plain(BigDecimal number) {
        return XlsxRowReader.plainNumber(number);
    }
}

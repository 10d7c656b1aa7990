package org.funnellab.calc;

/** What a model number measures; the UI chooses formatting (percent, money, hours...) from it. */
public enum Unit {
    COUNT, SHARE, MINUTES, HOURS, MONEY, DAYS, MONTHS, YEARS, RATIO, PEOPLE, FACTOR, EXPONENT
}

package org.funnellab.importer.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyParserTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "150 000,50|150000.50|null",
            "150\u00A0000,50|150000.50|null",
            "150\u202F000,50 ₽|150000.50|RUB",
            "150,000.50|150000.50|null",
            "150000|150000|null",
            "1.234.567,89|1234567.89|null",
            "-1 000|-1000|null",
            "$1,234.50|1234.50|USD",
            "-$1,234.50|-1234.50|USD",
            "1 500 руб.|1500|RUB",
            "1500 р.|1500|RUB",
            "2 000 RUB|2000|RUB",
            "99.95 USD|99.95|USD",
            "€ 10,5|10.5|EUR",
            "12 345,67 EUR|12345.67|EUR",
            "1,500|1500|null",
            "0,500|0.500|null",
            "1234,5|1234.5|null",
            "(250.00)|-250.00|null",
            "−300|-300|null",
    })
    void parsesMoneyAsPeopleWriteIt(String text, String amount, String currency) {
        Money money = MoneyParser.parse(text);
        assertThat(money.amount()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(money.amount().toPlainString()).isEqualTo(amount);
        assertThat(money.currency()).isEqualTo(currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc", "12a", "1,23,456", "1.2.3", "$", "100 USD EUR", "12.34.56,7"})
    void rejectsTextThatIsNotMoney(String text) {
        assertThatThrownBy(() -> MoneyParser.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankIsNoValueRatherThanZero() {
        assertThat(MoneyParser.parse("  ")).isNull();
        assertThat(MoneyParser.parse(null)).isNull();
    }
}

package org.funnellab.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.funnellab.domain.MetricValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** JSON output of the command line: pretty, money with two decimals, undefined metrics as null with a reason. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values is always serialisable", e);
        }
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal money(double amount) {
        return money(BigDecimal.valueOf(amount));
    }

    /** A money metric: two decimals, or null beside {@code <key>Reason} when undefined. */
    static void putMoney(ObjectNode node, String key, MetricValue value) {
        if (value.isDefined()) {
            node.put(key, money(value.value()));
        } else {
            putUndefined(node, key, value);
        }
    }

    /** A ratio or a count of days, as computed, or null beside {@code <key>Reason} when undefined. */
    static void putNumber(ObjectNode node, String key, MetricValue value) {
        if (value.isDefined()) {
            node.put(key, value.value());
        } else {
            putUndefined(node, key, value);
        }
    }

    private static void putUndefined(ObjectNode node, String key, MetricValue value) {
        node.putNull(key);
        node.put(key + "Reason", value.reason().english());
    }
}

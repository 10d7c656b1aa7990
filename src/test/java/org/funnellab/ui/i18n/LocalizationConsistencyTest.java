package org.funnellab.ui.i18n;

import org.funnellab.calc.PlannerWithSettingsModel;
import org.funnellab.calc.BudgetPlannerModel;
import org.funnellab.calc.CacClvModel;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.calc.OutputSpec;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.WhatIfModel;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.ui.whatif.BudgetPlannerViewModel;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the UI asks for exists in English and Russian, and the bundles hold no key nobody asks for.
 * Keys come from literals in the sources ({@code get("a.b")}, or a literal prefix {@code "a.b." + x}) and from
 * the families built from model ids (parameters, outputs, formulas) and undefined reasons.
 */
class LocalizationConsistencyTest {
    /** Every what-if model shown in the UI; add a new one here so its keys are checked. */
    private static final List<WhatIfModel> MODELS = List.of(new NonTargetCostModel(), new CacClvModel(),
            new PipelineVelocityModel(),
            new BudgetPlannerModel(BudgetPlannerViewModel.demoChannels(), 15, 400_000),
            new PlannerWithSettingsModel(BudgetPlannerViewModel.demoChannels(), 15, 400_000));
    private static final Pattern FULL_KEY = Pattern.compile("(?:get|format|has)\\(\"([a-zA-Z0-9_]+(?:\\.[a-zA-Z0-9_]+)+)\"[,)]");
    private static final Pattern PREFIX = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)*\\.)\"\\s*\\+");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/org/funnellab/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> generatedKeys() {
        Set<String> keys = new TreeSet<>();
        for (WhatIfModel m : MODELS) {
            for (Parameter p : m.parameters()) {
                if (!isDataNamed(m, p)) {
                    keys.add(m.id() + ".param." + p.id());
                }
            }
            for (OutputSpec o : m.outputs()) {
                keys.add(m.id() + ".output." + o.id());
                keys.add(m.id() + ".output." + o.id() + ".formula");
            }
        }
        for (UndefinedReason r : UndefinedReason.values()) {
            keys.add("reason." + r.name());
        }
        return keys;
    }

    /** The planner's spend inputs are named after the user's channels (data), labelled literally: no key. */
    private static boolean isDataNamed(WhatIfModel m, Parameter p) {
        return m.id().equals(BudgetPlannerModel.ID) && p.id().startsWith(BudgetPlannerModel.SPEND_PREFIX);
    }

    @Test
    void onlyThePlannersChannelSpendsAreExemptFromKeys() {
        List<String> exempt = MODELS.stream().flatMap(m -> m.parameters().stream().filter(p -> isDataNamed(m, p))
                .map(Parameter::id)).distinct().toList();
        assertThat(exempt).hasSize(BudgetPlannerViewModel.demoChannels().size())
                .allMatch(id -> id.startsWith(BudgetPlannerModel.SPEND_PREFIX));
        assertThat(generatedKeys()).contains("planner.param.exponent", "planner.param.minutesPerCall",
                "cacClv.param.mediaSpend", "velocity.param.winRate");
    }

    private static String allSources() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sb.append(Files.readString(f)).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> ru = new TreeSet<>(load("messages_ru.properties").stringPropertyNames());
        assertThat(ru).as("keys in English but not Russian, or the reverse").isEqualTo(en);
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_ru.properties")) {
            Properties p = load(bundle);
            for (String k : p.stringPropertyNames()) {
                assertThat(p.getProperty(k).trim()).as(bundle + " " + k).isNotEmpty();
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> en = load("messages.properties").stringPropertyNames();
        Set<String> wanted = generatedKeys();
        Matcher m = FULL_KEY.matcher(allSources());
        while (m.find()) {
            wanted.add(m.group(1));
        }
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(en);
        assertThat(missing).as("keys used but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        String src = allSources();
        Set<String> used = generatedKeys();
        Matcher m = FULL_KEY.matcher(src);
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> prefixes = new TreeSet<>();
        Matcher pm = PREFIX.matcher(src);
        while (pm.find()) {
            prefixes.add(pm.group(1));
        }
        Set<String> unused = new TreeSet<>();
        for (String k : load("messages.properties").stringPropertyNames()) {
            boolean literal = used.contains(k) || src.contains("\"" + k + "\"");
            boolean byPrefix = prefixes.stream().anyMatch(k::startsWith);
            if (!literal && !byPrefix) {
                unused.add(k);
            }
        }
        assertThat(unused).as("keys nobody asks for").isEmpty();
    }
}

package org.funnellab.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.funnellab.store.Workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The slides chosen for the meeting (the pages ticked for the meeting pack), saved with the workspace in its
 * {@code setting} table so the next meeting starts from the same choice, on any computer that opens the file. Each
 * page is named by a key that does not depend on the language ("dashboard/0", "scenarios/comparison").
 */
public final class SlideChoice {
    public static final String SETTING_KEY = org.funnellab.store.Settings.PRESENT_SLIDES;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Workspace workspace;

    public SlideChoice(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The keys saved last, in order; empty when nothing was saved (or the saved text is not a list of keys). */
    public Optional<List<String>> load() {
        return workspace.settings().get(SETTING_KEY).flatMap(SlideChoice::parse);
    }

    public void save(List<String> keys) {
        ArrayNode a = MAPPER.createArrayNode();
        keys.forEach(a::add);
        workspace.settings().put(SETTING_KEY, a.toString());
    }

    /**
     * The screens a presentation shows, in their order: those with at least one page in {@code chosen} (a page key
     * starts with its screen's id and a slash). Every screen when nothing was chosen, or when the choice names none
     * of them (pages of screens this version no longer has).
     */
    public static List<String> screensToPresent(List<String> screenIds, Optional<List<String>> chosen) {
        if (chosen.isEmpty()) {
            return screenIds;
        }
        List<String> out = screenIds.stream()
                .filter(id -> chosen.get().stream().anyMatch(key -> key.startsWith(id + "/")))
                .toList();
        return out.isEmpty() ? screenIds : out;
    }

    static Optional<List<String>> parse(String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || !n.isArray()) {
                return Optional.empty();
            }
            List<String> out = new ArrayList<>();
            for (JsonNode k : n) {
                if (!k.isTextual()) {
                    return Optional.empty();
                }
                out.add(k.asText());
            }
            return Optional.of(List.copyOf(out));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

package org.funnellab.ui.presentation;

import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.funnellab.ui.charts.ChartExports;
import org.funnellab.ui.common.I18n;

import java.util.List;
import java.util.function.Supplier;

/**
 * Full-screen presentation: one panel per slide, in large type (the window's own panels, so sliders stay live and a
 * presenter can answer "what if" in the room). Right / Down / Page Down / Space move on, Left / Up / Page Up move
 * back — arrows go to a slider or a field while it has the focus, Page keys always move — Home / End jump, Esc leaves.
 */
public final class PresentationMode {
    /** Larger chart type on a slide: titles, axes and legends read from the back of a room. */
    static final float CHART_TYPE_SCALE = 1.3f;

    /** One slide: its title for the footer and the panel it shows. */
    public record Slide(String title, Supplier<Node> content) {
    }

    private final Stage stage;
    private final I18n i18n;
    private final List<Slide> slides;
    private final Runnable onLeave;
    private final BorderPane root = new BorderPane();
    private final StackPane slot = new StackPane();
    private final Label title = new Label();
    private final Label number = new Label();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final ChangeListener<Boolean> fullScreen = (obs, o, on) -> {
        if (!on) {
            leave();
        }
    };
    private Parent normalRoot;
    private Runnable restoreType = () -> { };
    private int index = -1;
    /** A panel that rebuilds itself in place (the planner on new data) gets its larger chart type again. */
    private final javafx.collections.ListChangeListener<Node> rebuilt = c -> enlarge();
    private javafx.scene.layout.Pane watched;

    /** {@code onLeave} runs after the window's own content is back (to put the borrowed panel back in place). */
    public PresentationMode(Stage stage, I18n i18n, List<Slide> slides, Runnable onLeave) {
        this.stage = stage;
        this.i18n = i18n;
        this.slides = List.copyOf(slides);
        this.onLeave = onLeave;
        root.setId("presentationRoot");
        root.getStyleClass().addAll("presentation", "presenting");
        slot.getStyleClass().add("presentation-slot");
        title.setId("presentationTitle");
        title.getStyleClass().add("presentation-footer-title");
        number.setId("presentationNumber");
        number.getStyleClass().add("presentation-number");
        Label hint = new Label(i18n.get("present.hint"));
        hint.getStyleClass().add("presentation-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(16, title, spacer, hint, number);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("presentation-footer");
        footer.setPadding(new Insets(6, 20, 8, 20));
        root.setCenter(slot);
        root.setBottom(footer);
        root.setFocusTraversable(true);
    }

    public boolean active() {
        return index >= 0;
    }

    public int index() {
        return index;
    }

    public int size() {
        return slides.size();
    }

    /** Enters full screen at slide {@code start}. */
    public void enter(int start) {
        Scene scene = stage.getScene();
        if (active() || scene == null || slides.isEmpty()) {
            return;
        }
        normalRoot = scene.getRoot();
        root.getStyleClass().removeIf(c -> c.startsWith("theme-"));
        normalRoot.getStyleClass().stream().filter(c -> c.startsWith("theme-")).forEach(root.getStyleClass()::add);
        scene.setRoot(root);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        show(Math.max(0, Math.min(start, slides.size() - 1)));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(fullScreen);
        root.requestFocus();
    }

    /** Leaves full screen and gives the window its own content back. */
    public void leave() {
        if (!active()) {
            return;
        }
        stage.fullScreenProperty().removeListener(fullScreen);
        unwatch();
        restoreType.run();
        restoreType = () -> { };
        slot.getChildren().clear();
        index = -1;
        Scene scene = stage.getScene();
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.setRoot(normalRoot);
        stage.setFullScreen(false);
        onLeave.run();
    }

    public void next() {
        if (active() && index < slides.size() - 1) {
            show(index + 1);
        }
    }

    public void previous() {
        if (active() && index > 0) {
            show(index - 1);
        }
    }

    private void enlarge() {
        restoreType.run();
        restoreType = slot.getChildren().isEmpty() ? () -> { }
                : ChartExports.enlargeType(slot.getChildren().get(0), CHART_TYPE_SCALE);
    }

    private void unwatch() {
        if (watched != null) {
            watched.getChildren().removeListener(rebuilt);
            watched = null;
        }
    }

    private void show(int i) {
        unwatch();
        restoreType.run();
        Slide s = slides.get(i);
        Node content = s.content().get();
        slot.getChildren().setAll(content);
        restoreType = ChartExports.enlargeType(content, CHART_TYPE_SCALE);
        if (content instanceof javafx.scene.layout.Pane pane) {
            watched = pane;
            pane.getChildren().addListener(rebuilt);
        }
        index = i;
        title.setText(s.title());
        number.setText(i18n.format("present.slide", i + 1, slides.size()));
    }

    private void onKey(KeyEvent e) {
        Node focus = stage.getScene().getFocusOwner();
        boolean editing = focus instanceof TextInputControl || focus instanceof Slider;
        KeyCode k = e.getCode();
        if (k == KeyCode.ESCAPE) {
            leave();
        } else if (k == KeyCode.PAGE_DOWN || (!editing && (k == KeyCode.RIGHT || k == KeyCode.DOWN
                || k == KeyCode.SPACE))) {
            next();
        } else if (k == KeyCode.PAGE_UP || (!editing && (k == KeyCode.LEFT || k == KeyCode.UP))) {
            previous();
        } else if (!editing && k == KeyCode.HOME) {
            show(0);
        } else if (!editing && k == KeyCode.END) {
            show(slides.size() - 1);
        } else {
            return;
        }
        e.consume();
    }

    Parent root() {
        return root;
    }
}

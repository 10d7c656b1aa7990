package org.funnellab.app;

import javafx.scene.Node;

import java.util.function.Supplier;

/** One screen reachable from the navigation: a stable id (for tests and shortcuts), a title key and its view. */
record Screen(String id, String titleKey, Supplier<Node> view) {
}

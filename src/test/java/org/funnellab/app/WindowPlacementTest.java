package org.funnellab.app;

import org.funnellab.app.WindowPlacement.Placement;
import org.funnellab.app.WindowPlacement.Rect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {
    private static final Rect LAPTOP = new Rect(0, 0, 1280, 770);   // 1280×800 minus a 30 px panel
    private static final Rect FULL_HD = new Rect(0, 0, 1920, 1040);

    @Test
    void aLaptopScreenSmallerThanThePreferredSizeOpensMaximisedWithinItsVisibleArea() {
        Placement p = WindowPlacement.place(List.of(LAPTOP), null, false);
        assertThat(p.maximized()).isTrue();
        assertThat(p.bounds()).isEqualTo(new Rect(0, 0, 1280, 770));
    }

    @Test
    void aLargeScreenGetsThePreferredSizeCentred() {
        Placement p = WindowPlacement.place(List.of(FULL_HD), null, false);
        assertThat(p.maximized()).isFalse();
        assertThat(p.bounds()).isEqualTo(new Rect(280, 90, 1360, 860));
    }

    @Test
    void rememberedBoundsAndMaximisedStateComeBack() {
        Placement p = WindowPlacement.place(List.of(FULL_HD), new Rect(100, 50, 1500, 900), true);
        assertThat(p.bounds()).isEqualTo(new Rect(100, 50, 1500, 900));
        assertThat(p.maximized()).isTrue();
    }

    @Test
    void boundsRememberedOnABiggerScreenShrinkToTheLaptop() {
        Placement p = WindowPlacement.place(List.of(LAPTOP), new Rect(200, 100, 1800, 1000), false);
        assertThat(p.bounds()).isEqualTo(new Rect(0, 0, 1280, 770));
        assertThat(p.maximized()).isFalse();
    }

    @Test
    void aWindowLastSeenOnAScreenThatIsGoneOpensOnThePrimary() {
        Placement p = WindowPlacement.place(List.of(FULL_HD), new Rect(2500, 100, 1200, 800), false);
        assertThat(p.bounds()).isEqualTo(new Rect(280, 90, 1360, 860));
    }

    @Test
    void aWindowOnTheSecondScreenStaysThere() {
        Rect second = new Rect(1920, 0, 1280, 1000);
        Placement p = WindowPlacement.place(List.of(FULL_HD, second), new Rect(2000, 100, 1100, 800), false);
        assertThat(p.bounds()).isEqualTo(new Rect(2000, 100, 1100, 800));
    }

    @Test
    void whateverIsRememberedTheWindowLiesInsideAVisibleArea() {
        Random r = new Random(20261201);
        for (int i = 0; i < 2000; i++) {
            Rect screen = new Rect(r.nextInt(400) - 200, r.nextInt(100), 800 + r.nextInt(1800), 600 + r.nextInt(900));
            Rect saved = r.nextBoolean() ? null
                    : new Rect(r.nextInt(6000) - 3000, r.nextInt(4000) - 2000, 1 + r.nextInt(3000), 1 + r.nextInt(2000));
            Rect b = WindowPlacement.place(List.of(screen), saved, r.nextBoolean()).bounds();
            assertThat(b.x()).as("case %d", i).isGreaterThanOrEqualTo(screen.x());
            assertThat(b.y()).as("case %d", i).isGreaterThanOrEqualTo(screen.y());
            assertThat(b.maxX()).as("case %d", i).isLessThanOrEqualTo(screen.maxX() + 1e-9);
            assertThat(b.maxY()).as("case %d", i).isLessThanOrEqualTo(screen.maxY() + 1e-9);
            assertThat(b.width()).isPositive();
        }
    }
}

package org.funnellab.service;

import org.funnellab.calc.CostInclusion;
import org.funnellab.domain.CostCategory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cost categories counted in CAC, CPL and cost per target lead: a workspace setting. {@link Choice#ALL} (fully
 * loaded CAC: marketing spend, sales salaries and overhead) is the default; {@link Choice#MARKETING} the named
 * alternative (marketing's own costs); {@link Choice#CUSTOM} any other set.
 */
public record CacCostCategories(Choice choice, Set<CostCategory> categories) {
    /** How the set was chosen, as it is named on screen and in the command line. */
    public enum Choice {
        ALL, MARKETING, CUSTOM
    }

    public static final CacCostCategories ALL = new CacCostCategories(Choice.ALL, EnumSet.allOf(CostCategory.class));
    public static final CacCostCategories MARKETING = new CacCostCategories(Choice.MARKETING, CostInclusion.MARKETING);

    public CacCostCategories {
        EnumSet<CostCategory> copy = EnumSet.noneOf(CostCategory.class);
        copy.addAll(categories);
        categories = Collections.unmodifiableSet(copy);
    }

    /** A set of categories, named ALL or MARKETING when it equals one of them. */
    public static CacCostCategories of(Set<CostCategory> categories) {
        if (categories.equals(ALL.categories)) {
            return ALL;
        }
        if (categories.equals(MARKETING.categories)) {
            return MARKETING;
        }
        return new CacCostCategories(Choice.CUSTOM, categories);
    }

    /**
     * Reads {@code all}, {@code marketing} or a comma-separated list of categories ({@code PAID_MEDIA,CONTENT}),
     * case-insensitive.
     *
     * @throws IllegalArgumentException naming the word that is not a category
     */
    public static CacCostCategories parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equalsIgnoreCase("all")) {
            return ALL;
        }
        if (t.equalsIgnoreCase("marketing")) {
            return MARKETING;
        }
        EnumSet<CostCategory> set = EnumSet.noneOf(CostCategory.class);
        for (String part : t.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (name.isEmpty()) {
                continue;
            }
            try {
                set.add(CostCategory.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a cost category; use all, marketing"
                        + " or a list of " + names(EnumSet.allOf(CostCategory.class)));
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("no cost category given; use all, marketing or a list of "
                    + names(EnumSet.allOf(CostCategory.class)));
        }
        return of(set);
    }

    /** The text {@link #parse} reads back: {@code all}, {@code marketing} or the categories joined by commas. */
    public String text() {
        return switch (choice) {
            case ALL -> "all";
            case MARKETING -> "marketing";
            case CUSTOM -> names(categories);
        };
    }

    /** The categories in declaration order, as constant names. */
    public List<String> categoryNames() {
        List<String> out = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            if (categories.contains(c)) {
                out.add(c.name());
            }
        }
        return out;
    }

    private static String names(Set<CostCategory> set) {
        List<String> out = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            if (set.contains(c)) {
                out.add(c.name());
            }
        }
        return String.join(",", out);
    }
}

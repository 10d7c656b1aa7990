package org.funnellab.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installers' bundled runtime holds only the modules in installer/runtime-modules.txt (and what they require).
 * Every JDK and JavaFX package FunnelLab's own classes use must be in one of them, or the installed app would fail
 * where the developer's full JDK works. (The installer build also checks the libraries with jdeps.)
 */
class RuntimeModulesTest {
    private static final Path LIST = Path.of("installer/runtime-modules.txt");

    @Test
    void everyPlatformPackageTheAppUsesIsInTheBundledRuntime() throws Exception {
        List<String> listed = listed();
        Set<String> packages = new HashSet<>();
        for (ResolvedModule m : resolve(listed).modules()) {
            packages.addAll(m.reference().descriptor().packages());
        }
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.funnellab");
        Set<String> missing = new TreeSet<>();
        for (JavaClass c : app) {
            c.getDirectDependenciesFromSelf().forEach(d -> {
                JavaClass t = d.getTargetClass();
                while (t.isArray()) {
                    t = t.getComponentType();
                }
                String pkg = t.getPackageName();
                if (isPlatform(pkg) && !packages.contains(pkg)) {
                    missing.add(pkg + " (" + c.getSimpleName() + ")");
                }
            });
        }
        assertThat(missing).as("packages used by the app but not in the runtime of " + LIST).isEmpty();
    }

    @Test
    void theRussianInterfaceHasItsLocaleDataInTheRuntime() throws IOException {
        assertThat(getClass().getResource("/org/funnellab/i18n/messages_ru.properties")).isNotNull();
        assertThat(listed()).as("number, date and month formats for ru come from jdk.localedata")
                .contains("jdk.localedata");
    }

    @Test
    void everyListedModuleExists() throws Exception {
        // resolve() throws FindException for a misspelt or unknown module
        assertThat(resolve(listed()).modules()).hasSizeGreaterThanOrEqualTo(listed().size());
    }

    private static boolean isPlatform(String pkg) {
        return pkg.startsWith("java.") || pkg.startsWith("javax.") || pkg.startsWith("javafx.")
                || pkg.startsWith("jdk.") || pkg.startsWith("com.sun.") || pkg.startsWith("sun.");
    }

    private static List<String> listed() throws IOException {
        return Files.readAllLines(LIST).stream().map(l -> l.replaceFirst("#.*", "").trim())
                .filter(l -> !l.isEmpty()).toList();
    }

    /** The listed modules and everything they require, from this JDK and the JavaFX jars the build uses. */
    private static Configuration resolve(List<String> roots) throws URISyntaxException {
        Set<Path> fxJars = new HashSet<>();
        for (Class<?> c : List.of(javafx.beans.Observable.class, javafx.scene.Node.class,
                javafx.scene.control.Control.class, javafx.embed.swing.SwingFXUtils.class)) {
            fxJars.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        ModuleFinder fx = ModuleFinder.of(fxJars.toArray(Path[]::new));
        return Configuration.empty().resolve(ModuleFinder.compose(ModuleFinder.ofSystem(), fx), ModuleFinder.of(),
                roots);
    }
}

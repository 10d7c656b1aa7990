package org.funnellab.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Tests write files only in their JUnit {@code @TempDir} (removed after each test) and tools in {@code target/}:
 * nothing the suite writes may outlive it in the system's temporary folder.
 */
class TestFilesRuleTest {
    static final DescribedPredicate<JavaMethodCall> CREATES_A_TEMP_FILE =
            DescribedPredicate.describe("create a file in the system's temporary folder", call ->
                    (call.getTargetOwner().isEquivalentTo(Files.class) || call.getTargetOwner().isEquivalentTo(File.class))
                            && call.getName().startsWith("createTemp"));

    @Test
    void testsCreateNoTempFilesOutsideTheirTempDir() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.funnellab");
        noClasses().should().callMethodWhere(CREATES_A_TEMP_FILE)
                .because("a test's files go in its @TempDir, a tool's in target/")
                .check(tests);
    }
}

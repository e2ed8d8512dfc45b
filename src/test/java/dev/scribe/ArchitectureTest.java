package dev.scribe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout, checked on the compiled classes, so a fully-qualified name written inline counts as
 * much as an import: the domain knows nothing of Slack, SQL, mustache or the network (its packages
 * use only {@code java.*} and each other); no two packages depend on each other, however
 * indirectly; and only the entry points use the composition root.
 */
class ArchitectureTest {

  /** The domain core: its packages use only {@code java.*} and each other. */
  static final String[] DOMAIN = {
    "dev.scribe.common",
    "dev.scribe.incident",
    "dev.scribe.timeline",
    "dev.scribe.recording",
    "dev.scribe.metrics",
    "dev.scribe.insights",
    "dev.scribe.actions",
    "dev.scribe.postmortem",
    "dev.scribe.review",
    "dev.scribe.workspace",
    "dev.scribe.outbox",
    "dev.scribe.home"
  };

  /** Scribe's own classes, without the tests. */
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.scribe");

  @Test
  void domainPackagesUseOnlyJavaAndTheDomain() {
    domainUsesOnlyJavaAnd(DOMAIN).check(MAIN);
  }

  @Test
  void noPackagesDependOnEachOther() {
    noCyclesBetweenPackagesOf("dev.scribe").check(MAIN);
  }

  @Test
  void nothingDependsOnTheEntryPoint() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.scribe")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.scribe")
        .check(MAIN);
  }

  @Test
  void onlyTheEntryPointsUseTheCompositionRoot() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "dev.scribe", "dev.scribe.app", "dev.scribe.cli", "dev.scribe.demo")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.scribe.app")
        .because("each part gets what it needs through its constructor, not the whole root")
        .check(MAIN);
  }

  @Test
  void theRulesSeeFullyQualifiedNamesWrittenInline() {
    JavaClasses fixture = new ClassFileImporter().importPackages("dev.scribe.archfixture.domain");

    EvaluationResult result =
        domainUsesOnlyJavaAnd("dev.scribe.archfixture.domain").evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("dev.scribe.slack.SlackMarkup")
        .contains("com.slack.api.Slack");
  }

  @Test
  void theRulesSeeACycleBetweenTwoPackages() {
    JavaClasses fixture = new ClassFileImporter().importPackages("dev.scribe.archfixture.cycle");

    EvaluationResult result =
        noCyclesBetweenPackagesOf("dev.scribe.archfixture.cycle").evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("archfixture.cycle.a")
        .contains("archfixture.cycle.b");
  }

  private static ArchRule domainUsesOnlyJavaAnd(String... domainPackages) {
    String[] allowed =
        Stream.concat(Stream.of("java.."), Arrays.stream(domainPackages)).toArray(String[]::new);
    return classes()
        .that()
        .resideInAnyPackage(domainPackages)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(allowed);
  }

  private static ArchRule noCyclesBetweenPackagesOf(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }
}

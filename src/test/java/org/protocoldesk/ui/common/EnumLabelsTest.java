package org.protocoldesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protocoldesk.model.OrganisationKind;

class EnumLabelsTest {

    static Stream<Enum<?>> everyConstantOfTheModel() {
        return new ClassFileImporter().importPackages("org.protocoldesk.model").stream()
                .filter(JavaClass::isEnum)
                .flatMap(type -> Stream.of(type.reflect().getEnumConstants()))
                .map(constant -> (Enum<?>) constant);
    }

    @ParameterizedTest
    @MethodSource("everyConstantOfTheModel")
    void everyEnumConstantOfTheModelHasALabel(Enum<?> constant) {
        assertThat(EnumLabels.of(constant)).isNotBlank();
    }

    @Test
    void aLabelIsWrittenAsTheOfficeWritesIt() {
        assertThat(EnumLabels.of(OrganisationKind.PROSECUTORS_OFFICE)).isEqualTo("Prosecutor's office");
    }
}

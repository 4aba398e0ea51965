package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.junit.jupiter.api.Test;
import org.protocoldesk.store.convert.LowerCaseEnumConverter;
import org.protocoldesk.store.generated.DefaultSchema;

/**
 * Every enum-like column's Java enum and the CHECK that lists its values in the migrated schema agree, both ways:
 * each constant is allowed by the CHECK, and each value the CHECK allows is a constant.
 */
class EnumChecksTest extends StoreTestSupport {

    @Test
    void everyEnumColumnHasTheConstantsItsCheckAllowsAndNoOthers() {
        List<Field<?>> enumColumns = enumColumns();
        assertThat(enumColumns).hasSizeGreaterThanOrEqualTo(14);
        for (Field<?> column : enumColumns) {
            Table<?> table = tableOf(column);
            List<String> allowed = checkedValues(createStatement(table.getName()), column.getName());
            List<String> constants = Arrays.stream(column.getType().getEnumConstants())
                    .map(constant -> LowerCaseEnumConverter.dbValue((Enum<?>) constant))
                    .toList();
            assertThat(constants).as("%s.%s", table.getName(), column.getName())
                    .containsExactlyInAnyOrderElementsOf(allowed);
        }
    }

    private static List<Field<?>> enumColumns() {
        List<Field<?>> columns = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (Field<?> field : table.fields()) {
                if (field.getType().isEnum()) {
                    columns.add(field);
                }
            }
        }
        return columns;
    }

    private static Table<?> tableOf(Field<?> column) {
        return ((TableField<?, ?>) column).getTable();
    }

    private String createStatement(String table) {
        return data.read(s -> s.dsl().fetchValue(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table).toString());
    }

    /** The quoted values of {@code column IN ('a', 'b')} in a CREATE TABLE statement. */
    private static List<String> checkedValues(String createTable, String column) {
        Matcher in = Pattern.compile("\\b" + column + "\\s+IN\\s*\\(([^)]*)\\)").matcher(createTable);
        assertThat(in.find()).as("CHECK on %s in %s", column, createTable).isTrue();
        List<String> values = new ArrayList<>();
        Matcher quoted = Pattern.compile("'([^']*)'").matcher(in.group(1));
        while (quoted.find()) {
            values.add(quoted.group(1));
        }
        return values;
    }
}
